package cn.shuangsuiji.gateway;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** 网关 — the one entry point: routes to the services with timeouts and circuit breakers. */
@SpringBootApplication
public class GatewayApplication {

    /** The gateway's time (token expiry); injected so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
