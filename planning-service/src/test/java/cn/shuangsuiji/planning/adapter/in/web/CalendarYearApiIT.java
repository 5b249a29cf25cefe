package cn.shuangsuiji.planning.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.events.OutboxRelay;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real MongoDB and Kafka: a 2027 deadline is provisional; only a platform administrator loads 2027's schedule (a
 * wrong line is refused naming the line); the load is versioned (the same text again makes no new version, a
 * correction makes version 2), audited, published as {@code CalendarYearPublished}, and the calendar answers with
 * the official year at once, naming the 调休 of a make-up working day.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
class CalendarYearApiIT {

    static final String NOTICE_2027 = """
            # 国务院办公厅关于2027年部分节假日安排的通知（测试用，非真实通知）
            2027-01-01 holiday 元旦
            2027-02-05 holiday 春节
            2027-02-06 holiday 春节
            2027-02-07 holiday 春节
            2027-02-08 holiday 春节
            2027-02-09 holiday 春节
            2027-02-10 holiday 春节
            2027-02-11 holiday 春节
            2027-02-12 holiday 春节
            2027-02-20 workday 春节调休
            """;

    private static final String DATABASE = RealInfra.uniqueDatabase("planning_calendar_it");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, DATABASE);
        registry.add("spring.kafka.consumer.group-id", () -> "planning-calendar-it-" + UUID.randomUUID());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxRelay relay;

    @Autowired
    EventCodec codec;

    private static final RequestPostProcessor ADMIN = Callers.user("admin", "platform", Role.PLATFORM_ADMIN);
    private static final RequestPostProcessor PLANNER = Callers.user("qy-amr-planner", "qy-amr", Role.PLANNER);

    @Test
    void anAdministratorLoads2027AndTheCalendarAnswersOfficiallyWithoutARestart() throws Exception {
        assertThat(get("/api/planning/calendar/deadline?from=2027-02-01&workingDays=5", PLANNER).getContentAsString())
                .contains("\"deadline\":\"2027-02-12\"").contains("\"provisional\":true");

        assertThat(putFile(NOTICE_2027, PLANNER).getStatus()).isEqualTo(403);
        MockHttpServletResponse wrong = putFile("2027-01-01 holiday 元旦\n2027-02-01 workday 周一上班\n", ADMIN);
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("CALENDAR_SCHEDULE_INVALID")
                .contains("第 2 行").contains("\"errors\"").doesNotContain("周一上班");

        MockHttpServletResponse first = putFile(NOTICE_2027, ADMIN);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains("\"version\":1")
                .contains("\"entries\":10");
        assertThat(putFile(NOTICE_2027, ADMIN).getStatus()).isEqualTo(200);

        assertThat(get("/api/planning/calendar/deadline?from=2027-02-01&workingDays=5", PLANNER).getContentAsString())
                .contains("\"deadline\":\"2027-02-16\"").contains("\"provisional\":false");
        String makeUpDay = get("/api/planning/calendar/is-working-day?date=2027-02-20", PLANNER)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(makeUpDay).contains("\"workingDay\":true").contains("\"makeUpWorkday\":\"春节调休\"");
        assertThat(get("/api/planning/calendar/is-working-day?date=2027-02-11", PLANNER)
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"holiday\":\"春节\"");

        MockHttpServletResponse corrected = mvc.perform(MockMvcRequestBuilders.put("/api/planning/calendar/years/2027")
                .with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"schedule\":\"2027-01-01 holiday 元旦\\n\",\"notice\":\"更正\"}")).andReturn().getResponse();
        assertThat(corrected.getStatus()).isEqualTo(201);
        assertThat(corrected.getContentAsString(StandardCharsets.UTF_8)).contains("\"version\":2");
        assertThat(get("/api/planning/calendar/years/2027", PLANNER).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"version\":1").contains("\"version\":2");
        assertThat(get("/api/planning/audit?aggregateType=CalendarYear", ADMIN).getContentAsString(StandardCharsets.UTF_8))
                .contains("calendar.publish");

        await().atMost(Duration.ofSeconds(20)).until(() -> relay.pendingCount() == 0);
        String firstSha = cn.shuangsuiji.calendar.OfficialSchedule.sha256(NOTICE_2027);
        String secondSha = cn.shuangsuiji.calendar.OfficialSchedule.sha256("2027-01-01 holiday 元旦\n");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var published = TopicProbe.readByKey(cn.shuangsuiji.contracts.Topics.PLANNING_CALENDAR, "calendar-2027", 2)
                    .stream().map(r -> (CalendarYearPublished) codec.decode(TopicProbe.header(r, "ce_type"),
                            r.value())).toList();
            return published.stream().anyMatch(e -> e.version() == 1 && e.sha256().equals(firstSha)
                    && e.schedule().equals(NOTICE_2027))
                    && published.stream().anyMatch(e -> e.version() == 2 && e.sha256().equals(secondSha));
        });
    }

    private MockHttpServletResponse putFile(String file, RequestPostProcessor caller) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put("/api/planning/calendar/years/2027").with(caller)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .content(file.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private MockHttpServletResponse get(String uri, RequestPostProcessor caller) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(uri).with(caller);
        return mvc.perform(request).andReturn().getResponse();
    }
}
