package dev.agentpool.claude.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DemoProcessesTest {

    @Test
    void aStandInLivesWhileItsPipeIsOpenAndEndsWhenTheDemoJvmWouldDie() throws Exception {
        assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win"),
                "Windows stand-ins are PowerShell sleeps");
        Process owner = DemoProcesses.startOwner();
        try {
            assertThat(owner.waitFor(300, TimeUnit.MILLISECONDS)).as("alive while the demo holds its stdin").isFalse();
            // what the kernel does to the pipe when the demo's JVM is killed without shutdown hooks
            owner.getOutputStream().close();
            assertThat(owner.waitFor(10, TimeUnit.SECONDS)).as("ended after the pipe closed").isTrue();
            assertThat(owner.exitValue()).isZero();
        } finally {
            owner.destroyForcibly();
        }
    }
}
