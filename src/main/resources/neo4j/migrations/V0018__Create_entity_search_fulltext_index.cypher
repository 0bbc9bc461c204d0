// Search over every displayed name: English titles and names, original-script (Hangul) forms, aliases
// (romanization variants) and the compacted variants the loader derives ("nam yoonsu" for "Nam Yoon-su").
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Work|Person|Character|Organization|Award)
ON EACH [n.title, n.name, n.originalTitle, n.originalName, n.aliasText, n.searchVariants];
