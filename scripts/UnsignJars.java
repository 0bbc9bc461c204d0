import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signatures from the signed jars of a directory (the build runs it on target/app/lib, before the
 * class data archive's training start): the JDK leaves every class of a signed jar out of a class data archive
 * and checks each one's digest as it loads it. Eclipse Collections, which Neo4j uses everywhere, is signed: its
 * two jars cost about 1.5 s of every start. Maven has verified the jars' checksums when it downloaded them; the
 * executable jar itself is not changed.
 *
 * <p>Usage: {@code java scripts/UnsignJars.java DIRECTORY}
 */
public final class UnsignJars {

	/** What signs a jar: the signature files and the signature block files beside them. */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+");

	/** The per-entry digests a signed jar's manifest lists (hundreds of kilobytes for Eclipse Collections). */
	private static final Pattern DIGEST = Pattern.compile("(?i).*-Digest(-.*)?");

	private UnsignJars() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("usage: java scripts/UnsignJars.java DIRECTORY");
			System.exit(2);
		}
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				if (unsign(jar)) {
					System.out.println("Removed the signature of " + jar.getFileName());
				}
			}
		}
	}

	private static boolean unsign(Path jar) throws IOException {
		Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			if (zip.stream().noneMatch(entry -> SIGNATURE.matcher(entry.getName()).matches())) {
				return false;
			}
			try (var out = new ZipOutputStream(Files.newOutputStream(unsigned))) {
				for (ZipEntry entry : zip.stream().toList()) {
					if (SIGNATURE.matcher(entry.getName()).matches()) {
						continue;
					}
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTime(entry.getTime());
					out.putNextEntry(copy);
					try (InputStream in = zip.getInputStream(entry)) {
						if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
							withoutDigests(new Manifest(in)).write(out);
						}
						else {
							in.transferTo(out);
						}
					}
					out.closeEntry();
				}
			}
		}
		Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
		return true;
	}

	/** The manifest without its per-entry digests, and without the entry sections left empty by that. */
	private static Manifest withoutDigests(Manifest manifest) {
		List<String> emptied = new ArrayList<>();
		for (Map.Entry<String, Attributes> section : manifest.getEntries().entrySet()) {
			section.getValue().keySet().removeIf(name -> DIGEST.matcher(name.toString()).matches());
			if (section.getValue().isEmpty()) {
				emptied.add(section.getKey());
			}
		}
		emptied.forEach(manifest.getEntries()::remove);
		return manifest;
	}

}
