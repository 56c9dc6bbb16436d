package dev.agentpool.ui.tray;

import static dev.agentpool.ui.tray.TraySnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.health.HealthPolicy;
import dev.agentpool.core.health.OverallHealth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrayControllerTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingListener listener = new RecordingListener();
    private final TrayPresenter presenter = new TrayPresenter(new HealthPolicy(0.8, 0.95)::evaluate,
            PoolStatusline::compact, new TrayMenuBuilder());

    @Test
    void aTrayThatExistsGetsTheIconAndTheAppIsTold() {
        FakeTrayHost host = new FakeTrayHost(true);
        controller(host).start(presenter.starting(false));

        assertThat(host.shown).containsExactly(presenter.starting(false));
        assertThat(listener.events).containsExactly("installed");
        assertThat(scheduler.activePeriodicJobs()).isZero();
    }

    @Test
    void noTraySaysSoOnceAndKeepsLookingEveryThirtySeconds() {
        FakeTrayHost host = new FakeTrayHost(false);
        controller(host).start(presenter.starting(false));
        scheduler.runPeriodic();
        scheduler.runPeriodic();

        assertThat(listener.events).containsExactly("unavailable: " + TrayController.NO_TRAY_MESSAGE);
        assertThat(host.installAttempts).isEqualTo(3);
        assertThat(scheduler.periodMillis()).isEqualTo(30_000);
    }

    @Test
    void aTrayHostThatAppearsLaterGetsTheIconWithTheLatestState() {
        FakeTrayHost host = new FakeTrayHost(false);
        TrayController controller = controller(host);
        controller.start(presenter.starting(false));
        TrayState latest = presenter.present(snapshot().live(1, "a", 480, 5).build(), false);
        controller.show(latest);

        host.trayAppears();
        scheduler.runPeriodic();

        assertThat(controller.isInstalled()).isTrue();
        assertThat(host.lastShown()).isEqualTo(latest);
        assertThat(host.lastShown().health()).isEqualTo(OverallHealth.RED);
        assertThat(listener.events).endsWith("installed");
        assertThat(scheduler.activePeriodicJobs()).isZero();
    }

    @Test
    void anUnchangedStateIsNotPushedAgain() {
        FakeTrayHost host = new FakeTrayHost(true);
        TrayController controller = controller(host);
        controller.start(presenter.starting(false));
        controller.show(presenter.present(snapshot().live(1, "a", 1, 5).build(), false));
        controller.show(presenter.present(snapshot().live(1, "a", 1, 5).build(), false));
        controller.show(presenter.present(snapshot().live(1, "a", 2, 5).build(), false));

        assertThat(host.shown).hasSize(3);
    }

    @Test
    void menuClicksReachTheListener() {
        FakeTrayHost host = new FakeTrayHost(true);
        controller(host).start(presenter.starting(false));

        host.click(TrayAction.of(TrayAction.Kind.SETTINGS));

        assertThat(listener.events).containsExactly("installed", "action SETTINGS");
    }

    @Test
    void stopRemovesTheIconAndEndsTheSearch() {
        FakeTrayHost missing = new FakeTrayHost(false);
        TrayController searching = controller(missing);
        searching.start(presenter.starting(false));
        searching.stop();
        FakeTrayHost present = new FakeTrayHost(true);
        TrayController installed = controller(present);
        installed.start(presenter.starting(false));
        installed.stop();

        assertThat(scheduler.activePeriodicJobs()).isZero();
        assertThat(missing.removed).isFalse();
        assertThat(present.removed).isTrue();
        assertThat(installed.isInstalled()).isFalse();
    }

    @Test
    void balloonMessagesGoToTheTrayOnlyWhileInstalled() {
        FakeTrayHost host = new FakeTrayHost(false);
        TrayController controller = controller(host);
        controller.start(presenter.starting(false));
        controller.showMessage("Pool", "at 96 %", true);
        host.trayAppears();
        scheduler.runPeriodic();
        controller.showMessage("Pool", "at 97 %", true);

        assertThat(host.messages).containsExactly("Pool: at 97 %");
    }

    private TrayController controller(FakeTrayHost host) {
        return new TrayController(host, scheduler, Runnable::run, Duration.ofSeconds(30), listener);
    }

    private static final class RecordingListener implements TrayListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void trayInstalled() {
            events.add("installed");
        }

        @Override
        public void trayUnavailable(String message) {
            events.add("unavailable: " + message);
        }

        @Override
        public void onAction(TrayAction action) {
            events.add("action " + action.kind());
        }
    }
}
