package cn.shuangsuiji.inspection.config;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.inspection.application.usecase.AttachmentLimits;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The official working-day calendar and the attachment limits from configuration. */
@Configuration
@EnableScheduling
class InspectionConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.fromEnvironment();
    }

    @Bean
    AttachmentLimits attachmentLimits(
            @Value("${ssj.inspection.attachments.max-bytes:104857600}") long maxBytes,
            @Value("${ssj.inspection.attachments.allowed-types:image/jpeg,image/png,image/heic,image/webp,"
                    + "application/pdf,audio/mpeg,audio/mp4,audio/amr,audio/wav,video/mp4,video/quicktime}")
            List<String> allowedTypes) {
        return new AttachmentLimits(maxBytes, Set.copyOf(allowedTypes));
    }
}
