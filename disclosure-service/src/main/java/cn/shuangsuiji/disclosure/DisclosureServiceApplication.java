package cn.shuangsuiji.disclosure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 公示服务 — public disclosure (一公开) of items, plans, draws and results. */
@SpringBootApplication
public class DisclosureServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisclosureServiceApplication.class, args);
    }
}
