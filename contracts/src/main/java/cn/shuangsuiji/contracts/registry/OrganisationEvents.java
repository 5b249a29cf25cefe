package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types of organisations and regions. */
public final class OrganisationEvents {

    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            DepartmentRegistered.class);

    private OrganisationEvents() {
    }
}
