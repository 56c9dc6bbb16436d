package dev.agentpool.ui.notify;

import dev.agentpool.testing.MutableClock;
import static dev.agentpool.ui.tray.TraySnapshots.id;
import static dev.agentpool.ui.tray.TraySnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.model.Snapshot;
import dev.agentpool.ui.tray.TraySnapshots;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifierTest {

    private final MutableClock clock = new MutableClock(TraySnapshots.T0);
    private final Notifier notifier = new Notifier(clock);
    private final NotifierRules rules = NotifierRules.defaults();

    @Test
    void whatIsAlreadyTrueAtStartUpIsNotAnnounced() {
        assertThat(feed(snapshot().live(1, "api", 490, 10).liveWithStatus(2, "full", 1, 97, "🔴 CRITICAL")
                .stale(3, "old", 3).waiting(4, "w", 1).build())).isEmpty();
    }

    @Test
    void crossingTheWarningThresholdNotifiesOncePerEpisode() {
        feed(pool(100));

        assertThat(kinds(feed(pool(400)))).containsExactly(NotificationKind.POOL_WARNING);
        assertThat(feed(pool(410))).isEmpty();
        assertThat(feed(pool(420))).isEmpty();
    }

    @Test
    void poolMessageSaysHowFullThePoolIs() {
        feed(pool(100));

        Notification n = feed(pool(480)).get(0);

        assertThat(n.title()).isEqualTo("Agent pool 96 % used");
        assertThat(n.text()).isEqualTo("480 of 500 agents are in use by 1 live instance.");
        assertThat(n.warning()).isTrue();
    }

    @Test
    void jumpingPastCriticalGivesOneCriticalMessageNotTwo() {
        feed(pool(100));

        assertThat(kinds(feed(pool(490)))).containsExactly(NotificationKind.POOL_CRITICAL);
        assertThat(feed(pool(430))).as("dropping back to warning is not a new warning episode").isEmpty();
    }

    @Test
    void hoveringAroundTheThresholdDoesNotStartNewEpisodes() {
        feed(pool(100));
        feed(pool(400));
        clock.advance(Duration.ofHours(1));

        assertThat(feed(pool(395))).isEmpty();
        assertThat(feed(pool(401))).as("395/500 is within the re-arm margin: same episode").isEmpty();
    }

    @Test
    void anEpisodeEndsWhenTheConditionClearsAndTheNextOneNotifiesAfterTheCooldown() {
        feed(pool(100));
        feed(pool(400));
        feed(pool(100));
        assertThat(feed(pool(400))).as("within the cooldown").isEmpty();
        feed(pool(100));
        clock.advance(NotificationKind.POOL_WARNING.cooldown());

        assertThat(kinds(feed(pool(400)))).containsExactly(NotificationKind.POOL_WARNING);
    }

    @Test
    void anInstanceTurningCriticalNotifiesWithItsIdForTheDetails() {
        feed(snapshot().liveWithStatus(1, "api", 3, 80, "✅ ACTIVE").build());

        List<Notification> out = feed(snapshot().liveWithStatus(1, "api", 3, 96, "🔴 CRITICAL").build());

        assertThat(kinds(out)).containsExactly(NotificationKind.INSTANCE_CRITICAL);
        assertThat(out.get(0).instance()).contains(id(1));
        assertThat(out.get(0).text()).startsWith("api: context window");
    }

    @Test
    void startingToWaitForTheUserNotifiesWithTheReason() {
        feed(snapshot().live(1, "api", 3, 10).build());

        List<Notification> out = feed(snapshot().waiting(1, "api", 3).build());

        assertThat(out).containsExactly(new Notification(NotificationKind.WAITING_FOR_USER, "Waiting for you",
                "api waits for you (permission: Bash).", Optional.of(id(1)), false));
    }

    @Test
    void aNewStaleInstanceNotifiesButOldOnesDoNot() {
        feed(snapshot().stale(1, "old", 3).live(2, "api", 1, 5).build());

        List<Notification> out = feed(snapshot().stale(1, "old", 3).stale(2, "api", 1).build());

        assertThat(out).hasSize(1);
        assertThat(out.get(0).text()).isEqualTo("api (process 1002 is gone) left files behind; open the monitor to clean up.");
    }

    @Test
    void manyInstancesStartingTogetherGiveOneSummary() {
        feed(snapshot().build());

        List<Notification> out = feed(snapshot().stale(1, "a", 1).stale(2, "b", 1).stale(3, "c", 1).stale(4, "d", 1)
                .build());

        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Instance went stale (4)");
            assertThat(n.text()).startsWith("a, b, c and 1 more left files");
            assertThat(n.instance()).isEmpty();
        });
    }

    @Test
    void pausedNotificationsStaySilentAndResumingDoesNotReplayOngoingEpisodes() {
        feed(pool(100));
        notifier.setPaused(true);
        assertThat(feed(pool(400))).isEmpty();
        notifier.setPaused(false);

        assertThat(feed(pool(410))).isEmpty();
        assertThat(kinds(feed(pool(490)))).containsExactly(NotificationKind.POOL_CRITICAL);
    }

    @Test
    void aSwitchedOffKindStaysSilentWhileOthersStillNotify() {
        NotifierRules noWaiting = new NotifierRules(0.8, 0.95, EnumSet.complementOf(
                EnumSet.of(NotificationKind.WAITING_FOR_USER)));
        notifier.onSnapshot(snapshot().live(1, "a", 1, 5).live(2, "b", 1, 5).build(), noWaiting);

        List<Notification> out = notifier.onSnapshot(snapshot().waiting(1, "a", 1).stale(2, "b", 1).build(), noWaiting);

        assertThat(kinds(out)).containsExactly(NotificationKind.NEW_STALE);
    }

    @Test
    void waitingAgainAfterAnsweringIsANewEpisodeOnceTheShortCooldownPassed() {
        feed(snapshot().live(1, "api", 1, 10).build());
        feed(snapshot().waiting(1, "api", 1).build());
        feed(snapshot().live(1, "api", 1, 10).build());
        clock.advance(Duration.ofSeconds(61));

        assertThat(kinds(feed(snapshot().waiting(1, "api", 1).build()))).containsExactly(NotificationKind.WAITING_FOR_USER);
    }

    private List<Notification> feed(Snapshot... snapshots) {
        List<Notification> last = List.of();
        for (Snapshot s : snapshots) {
            last = notifier.onSnapshot(s, rules);
        }
        return last;
    }

    private static Snapshot pool(int agents) {
        return snapshot().live(1, "api", agents, 10).build();
    }

    private static List<NotificationKind> kinds(List<Notification> notifications) {
        return notifications.stream().map(Notification::kind).toList();
    }
}
