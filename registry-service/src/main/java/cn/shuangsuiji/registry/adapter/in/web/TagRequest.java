package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.tag.TagTarget;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Request body to create ({@code code} required) or change a tag. */
public record TagRequest(
        @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "标签编码只能包含字母、数字、点、下划线和连字符") String code,
        @NotBlank(message = "标签名称不能为空") @Size(max = 50, message = "标签名称不超过 50 字") String name,
        @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "上级标签编码格式错误") String parent,
        @NotEmpty(message = "标签至少适用于一类对象") Set<TagTarget> targets) {
}
