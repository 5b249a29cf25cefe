package cn.shuangsuiji.draw;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 抽取服务 — the publicly verifiable double-random draw (双随机). */
@SpringBootApplication
public class DrawServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DrawServiceApplication.class, args);
    }
}
