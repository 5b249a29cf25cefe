package cn.shuangsuiji.draw.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A commitment names each duplicate source and witness as a field, in Chinese (issue 13). */
class DrawCommandsTest {

    @Test
    void duplicateSourcesAndWitnessesAreFieldErrors() {
        String hash = "ab".repeat(32);
        DomainProblem problem = catchThrowableOfType(DomainProblem.class, () -> new DrawCommands.Commit("p", "t",
                null, 5, List.of("s"), List.of(),
                List.of(new DrawCommands.Source("A", "a"), new DrawCommands.Source("A", "b")),
                List.of(new DrawCommands.WitnessCommitment("w", hash), new DrawCommands.WitnessCommitment("w", hash)),
                Actor.system("test")));
        assertThat(problem.code()).isEqualTo("DRAW_COMMITMENT_INVALID");
        assertThat(problem.fieldProblems()).extracting(f -> f.field())
                .containsExactly("sources[1].name", "witnessCommitments[1].witness");
        assertThat(problem.detail()).doesNotContainPattern("[A-Za-z]{4,}");
    }

    @Test
    void aMissingOrOutOfRangeValueNamesItsFieldInChinese() {
        var missing = catchThrowableOfType(cn.shuangsuiji.platform.error.InvalidField.class,
                () -> new DrawCommands.Commit(" ", "t", null, 5, List.of("s"), List.of(), List.of(), List.of(),
                        Actor.system("test")));
        assertThat(missing.field()).isEqualTo("planId");
        assertThat(missing.getMessage()).isEqualTo("必填");
        var round = catchThrowableOfType(cn.shuangsuiji.platform.error.InvalidField.class,
                () -> new DrawCommands.Commit("p", "t", null, 0, List.of("s"), List.of(), List.of(), List.of(),
                        Actor.system("test")));
        assertThat(round.field()).isEqualTo("beaconRound");
        assertThat(round.getMessage()).doesNotContainPattern("[A-Za-z]{4,}");
    }
}
