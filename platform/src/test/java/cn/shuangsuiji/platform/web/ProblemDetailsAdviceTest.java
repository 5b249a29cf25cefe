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

    /** Issue 13: "2024-02-30" was answered "请求体不是有效的 JSON" without naming the field. */
    @Test
    void anImpossibleDateInTheBodyNamesItsField() throws Exception {
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":[{\"due\":\"2024-02-30\",\"count\":1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(ProblemCodes.FIELD_INVALID))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].due"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_DATE"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("2024-02-30"))));
    }

    @Test
    void aWordForANumberAnUnknownEnumAndANullPrimitiveNameTheirFields() throws Exception {
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":[{\"due\":\"2024-02-28\",\"count\":\"abc\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(ProblemCodes.FIELD_INVALID))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].count"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_NUMBER"))
                .andExpect(jsonPath("$.errors[0].message").value("应为整数"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("abc"))));
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SOMETIMES\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_ENUM"))
                .andExpect(jsonPath("$.errors[0].message").value("应为以下取值之一：ONCE、TWICE"));
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":[{\"due\":\"2024-02-28\",\"count\":99999999999}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].count"))
                .andExpect(jsonPath("$.errors[0].code").value("NUMBER_OUT_OF_RANGE"));
    }

    @Test
    void aValueItsConstructorRefusesNamesTheFieldInsteadOfEchoingTheMessage() throws Exception {
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":[{\"due\":\"2024-02-28\",\"count\":-3}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(ProblemCodes.FIELD_INVALID))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].count"))
                .andExpect(jsonPath("$.errors[0].code").value("COUNT_NEGATIVE"))
                .andExpect(jsonPath("$.errors[0].message").value("数量不能为负"));
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON).content("{\"note\":{\"text\":\"secret\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value("取值不符合要求"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("secret"))));
    }

    @Test
    void anInvalidFieldRaisedAtTheEdgeIs422WithErrors() throws Exception {
        mvc.perform(get("/things/field"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(ProblemCodes.VALUE_INVALID))
                .andExpect(jsonPath("$.errors[0].field").value("tasks[2].name"))
                .andExpect(jsonPath("$.errors[0].code").value("TASK_NAME_LENGTH"));
    }

    @Test
    void aWrongParameterTypeDoesNotEchoTheValueAndEmptyBodiesAreNamed() throws Exception {
        mvc.perform(get("/things").param("limit", "<script>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("参数 limit 的格式不对"))
                .andExpect(jsonPath("$.errors[0].message").value("应为整数"));
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(ProblemCodes.MALFORMED_BODY))
                .andExpect(jsonPath("$.detail").value("缺少请求体"));
    }

    @RestController
    static class SampleController {

        @PostMapping("/orders")
        String order(@RequestBody Order order) {
            return "ok";
        }

        @GetMapping("/things/{id}")
        String thing(@PathVariable String id) {
            throw switch (id) {
                case "missing" -> DomainProblem.notFound("THING_NOT_FOUND", "物品", id);
                case "field" -> new cn.shuangsuiji.platform.error.InvalidField("name", "TASK_NAME_LENGTH",
                        "任务名称不能为空且不超过 200 字").under("tasks[2]");
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

    enum Kind { ONCE, TWICE }

    record Order(List<Line> lines, Kind kind, Note note) {
    }

    record Line(java.time.LocalDate due, int count) {
        Line {
            if (count < 0) {
                throw new cn.shuangsuiji.platform.error.InvalidField("count", "COUNT_NEGATIVE", "数量不能为负");
            }
        }
    }

    record Note(String text) {
        Note {
            if (text.contains("secret")) {
                throw new IllegalArgumentException("bad note " + text);
            }
        }
    }

    record ThingRequest(@NotBlank(message = "名称不能为空") String name,
                        @Pattern(regexp = "[0-9]{3}", message = "代码为 3 位数字") String code) {
    }
}
