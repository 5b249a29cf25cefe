package cn.shuangsuiji.draw.config;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.draw.application.service.DrawSettings;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Draw settings: the DEMO beacon switch (off unless {@code ssj.draw.demo-beacon.enabled} or the demo mode is
 * on), the working-day calendar and its zone. */
@Configuration
class DrawConfiguration {

    @Bean
    DrawSettings drawSettings(@Value("${ssj.draw.demo-beacon.enabled:${ssj.demo.enabled:false}}") boolean demoBeacon,
                              @Value("${ssj.draw.zone:Asia/Shanghai}") String zone) {
        return new DrawSettings(demoBeacon, WorkingDayCalendar.fromEnvironment(), ZoneId.of(zone));
    }

    /**
     * Draw jobs (commit, execute; issue 12): {@code ssj.draw.jobs.threads} (2) at a time — the heap is sized for one
     * 10^7 commit beside an execution (deploy/platform.sh), more wait in the queue (their callers get 202 and the job).
     */
    @Bean(destroyMethod = "shutdown")
    java.util.concurrent.ExecutorService drawJobExecutor(@Value("${ssj.draw.jobs.threads:2}") int threads) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "draw-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
