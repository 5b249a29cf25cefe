package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.IntegrationEvent;

/** Applies the registry's published facts to the public views. */
public interface RegistryFactsProjection {

    /** Applies one event; events of other types are ignored. */
    void apply(IntegrationEvent event);
}
