package dev.adaptations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AdaptationGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(AdaptationGraphApplication.class, args);
	}

}
