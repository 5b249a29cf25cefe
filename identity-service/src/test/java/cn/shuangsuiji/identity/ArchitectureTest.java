package cn.shuangsuiji.identity;

import cn.shuangsuiji.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheHexagonalRules() {
        ArchitectureRules.check("cn.shuangsuiji.identity");
    }
}
