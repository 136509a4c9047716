package org.siao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SiaoApplication {

	public static void main(String[] args) {
		SpringApplication.run(SiaoApplication.class, args);
	}

}
