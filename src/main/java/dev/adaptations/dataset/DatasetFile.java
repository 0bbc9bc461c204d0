package dev.adaptations.dataset;

import tools.jackson.databind.JsonNode;

/**
 * A dataset read from a file and found valid: its id, its checksum (to tell whether it changed since it
 * was loaded) and its content.
 *
 * @param name the file's name, for messages
 * @param id the dataset's id
 * @param title the dataset's title
 * @param checksum SHA-256 of the file's bytes
 * @param content the parsed content
 */
public record DatasetFile(String name, String id, String title, String checksum, JsonNode content) {
}
