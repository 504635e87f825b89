package org.uniregion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * UniRegion: the technology-transfer office's system for university–region technological collaboration.
 */
@SpringBootApplication
@EnableScheduling
public class UniRegionApplication {

	public static void main(String[] args) {
		SpringApplication.run(UniRegionApplication.class, args);
	}

}
