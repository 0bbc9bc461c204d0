package dev.adaptations;

import dev.adaptations.importer.Commands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AdaptationGraphApplication {

	public static void main(String[] args) {
		// "import FILE...", "export ...": a command against the database, then exit; otherwise the service.
		if (Commands.isCommand(args)) {
			System.exit(Commands.run(AdaptationGraphApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(AdaptationGraphApplication.class, args);
	}

}
