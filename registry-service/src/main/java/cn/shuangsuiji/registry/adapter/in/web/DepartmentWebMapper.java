package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps between the web DTOs and the application layer. */
@Mapper(componentModel = "spring")
interface DepartmentWebMapper {

    @Mapping(target = "id", expression = "java(department.id().value())")
    @Mapping(target = "type", expression = "java(department.type().name())")
    @Mapping(target = "typeName", expression = "java(department.type().chineseName())")
    @Mapping(target = "level", expression = "java(department.level().name())")
    @Mapping(target = "levelName", expression = "java(department.level().chineseName())")
    @Mapping(target = "regionCode", expression = "java(department.regionCode().value())")
    @Mapping(target = "parentId", expression = "java(department.parentId().map(p -> p.value()).orElse(null))")
    DepartmentResponse toResponse(Department department);

    default RegisterDepartmentCommand toCommand(RegisterDepartmentRequest request) {
        return new RegisterDepartmentCommand(new DepartmentId(request.id()), request.name(), request.type(),
                request.level(), new RegionCode(request.regionCode()),
                Optional.ofNullable(request.parentId()).map(DepartmentId::new));
    }
}
