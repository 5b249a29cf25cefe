package cn.shuangsuiji.draw.adapter.in.web;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 13's error defects of the draw API: fields named in {@code errors}, Chinese details without echoes. */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
class DrawErrorsIT {

    private static final RequestPostProcessor OPERATOR = Callers.user("op-qy-amr", "qy-amr", Role.DRAW_OPERATOR);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        RealInfra.register(registry, RealInfra.uniqueDatabase("draw_errors"));
        registry.add("ssj.draw.demo-beacon.enabled", () -> "true");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aNegativeDemoBeaconRoundIs400NotASignature() throws Exception {
        mvc.perform(get("/api/draws/demo-beacon/-5").with(OPERATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("round"))
                .andExpect(jsonPath("$.signature").doesNotExist());
        mvc.perform(get("/api/draws/demo-beacon/0").with(OPERATOR)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/draws/demo-beacon/7").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.signature").exists());
    }

    @Test
    void duplicateSourcesOrWitnessesInACommitmentNameTheFieldsInChinese() throws Exception {
        String body = """
                {"planId": "p-1", "taskId": "t-1", "beaconRound": 99999999, "targetSnapshotIds": ["s-1"],
                 "sources": [{"name": "福彩3D", "description": "开奖号码"}, {"name": "福彩3D", "description": "又一次"}],
                 "witnessCommitments": [
                   {"witness": "w1", "commitment": "%1$s"}, {"witness": "w1", "commitment": "%1$s"}]}
                """.formatted("ab".repeat(32));
        mvc.perform(post("/api/draws").with(OPERATOR).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("DRAW_COMMITMENT_INVALID"))
                .andExpect(jsonPath("$.errors[0].field").value("sources[1].name"))
                .andExpect(jsonPath("$.errors[1].field").value("witnessCommitments[1].witness"))
                .andExpect(jsonPath("$.detail").value(not(matchesPattern(".*[A-Za-z]{4,}.*"))));
    }
}
