package cn.shuangsuiji.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every kind of bad request becomes problem+json with a stable code and a Chinese title. */
class ProblemDetailsAdviceTest {

    private final MockMvc mvc;

    ProblemDetailsAdviceTest() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new SampleController())
                .setControllerAdvice(new ProblemDetailsAdvice())
                .setValidator(validator)
                .build();
    }

    @Test
    void domainProblemsKeepTheirCodeAndMapTheirKindToAStatus() throws Exception {
        mvc.perform(get("/things/missing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("THING_NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("未找到物品"))
                .andExpect(jsonPath("$.traceId").exists());
        mvc.perform(get("/things/invalid"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("THING_INVALID"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].code").value("TOO_BIG"));
        mvc.perform(get("/things/conflict")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("THING_EXISTS"));
    }

    @Test
    void beanValidationErrorsListEachField() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"code\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(ProblemCodes.VALIDATION_FAILED))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field=='name')].code").value("NOT_BLANK"))
                .andExpect(jsonPath("$.errors[?(@.field=='code')].message").value("代码为 3 位数字"));
    }

    @Test
    void malformedJsonAndWrongTypesAreBadRequests() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(ProblemCodes.MALFORMED_BODY));
        mvc.perform(get("/things").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(ProblemCodes.PARAMETER_TYPE))
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void wrongMethodAndMediaTypeAreProblemsToo() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/things"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value(ProblemCodes.METHOD_NOT_ALLOWED));
        mvc.perform(post("/things").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value(ProblemCodes.UNSUPPORTED_MEDIA_TYPE));
    }

    @RestController
    static class SampleController {

        @GetMapping("/things/{id}")
        String thing(@PathVariable String id) {
            throw switch (id) {
                case "missing" -> DomainProblem.notFound("THING_NOT_FOUND", "物品", id);
                case "invalid" -> DomainProblem.invalid("THING_INVALID", "物品无效",
                        List.of(new FieldProblem("size", "TOO_BIG", "太大")));
                default -> new DomainProblem(ProblemKind.CONFLICT, "THING_EXISTS", "物品已存在", "重复");
            };
        }

        @GetMapping("/things")
        String list(@RequestParam int limit) {
            return "ok" + limit;
        }

        @PostMapping("/things")
        String create(@Valid @RequestBody ThingRequest request) {
            return request.name();
        }
    }

    record ThingRequest(@NotBlank(message = "名称不能为空") String name,
                        @Pattern(regexp = "[0-9]{3}", message = "代码为 3 位数字") String code) {
    }
}
