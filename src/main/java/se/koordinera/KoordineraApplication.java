package se.koordinera;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KoordineraApplication {
    public static void main(String[] args) {
        SpringApplication.run(KoordineraApplication.class, args);
    }
}
