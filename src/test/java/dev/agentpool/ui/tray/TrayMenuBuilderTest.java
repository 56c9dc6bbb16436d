package dev.agentpool.ui.tray;

import static dev.agentpool.ui.tray.TraySnapshots.id;
import static dev.agentpool.ui.tray.TraySnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.ui.tray.TrayAction.Kind;
import dev.agentpool.ui.tray.TrayMenuEntry.Check;
import dev.agentpool.ui.tray.TrayMenuEntry.Item;
import dev.agentpool.ui.tray.TrayMenuEntry.Separator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrayMenuBuilderTest {

    private final TrayMenuBuilder builder = new TrayMenuBuilder(3);

    @Test
    void menuListsOpenInstancesCleanupPauseSettingsAndQuitInThatOrder() {
        List<TrayMenuEntry> menu = builder.build(snapshot().live(1, "api", 12, 45).stale(2, "old", 3).build(), false);

        assertThat(menu).containsExactly(
                new Item("Open Agent Pool Monitor", true, TrayAction.of(Kind.OPEN_WINDOW)),
                new Separator(),
                new Item("api — 12 agents, context 45%", true, TrayAction.details(id(1))),
                new Separator(),
                new Item("Clean up 1 stale instance…", true, TrayAction.of(Kind.CLEANUP)),
                new Check("Pause notifications", false, TrayAction.of(Kind.TOGGLE_PAUSE)),
                new Item("Settings…", true, TrayAction.of(Kind.SETTINGS)),
                new Separator(),
                new Item("Quit", true, TrayAction.of(Kind.QUIT)));
    }

    @Test
    void cleanupIsDisabledWhenNothingIsStale() {
        List<TrayMenuEntry> menu = builder.build(snapshot().live(1, "api", 1, 5).build(), false);

        assertThat(menu).contains(new Item("Clean up stale instances…", false, TrayAction.of(Kind.CLEANUP)));
    }

    @Test
    void pauseCheckMarkFollowsThePausedFlag() {
        List<TrayMenuEntry> menu = builder.build(snapshot().build(), true);

        assertThat(menu).contains(new Check("Pause notifications", true, TrayAction.of(Kind.TOGGLE_PAUSE)));
    }

    @Test
    void emptyPoolShowsADisabledNoLiveInstancesLine() {
        List<TrayMenuEntry> menu = builder.build(snapshot().stale(1, "old", 2).build(), false);

        assertThat(menu.get(2)).isEqualTo(new Item("No live instances", false, TrayAction.of(Kind.OPEN_WINDOW)));
    }

    @Test
    void instancesBeyondTheCapCollapseIntoAMoreEntryThatOpensTheWindow() {
        List<TrayMenuEntry> menu = builder.build(snapshot().live(1, "a", 1, 5).live(2, "b", 9, 5).live(3, "c", 4, 5)
                .live(4, "d", 7, 5).live(5, "e", 2, 5).build(), false);

        assertThat(instanceActions(menu)).containsExactly(
                TrayAction.details(id(2)), TrayAction.details(id(4)), TrayAction.details(id(3)));
        assertThat(menu).contains(new Item("… 2 more", true, TrayAction.of(Kind.OPEN_WINDOW)));
    }

    @Test
    void instancesWaitingForTheUserComeFirstAndSaySo() {
        List<TrayMenuEntry> menu = builder.build(snapshot().live(1, "busy", 50, 5).waiting(2, "asks", 1).build(), false);

        assertThat(menu.get(2)).isEqualTo(
                new Item("asks — 1 agent, context 10% (waiting for you)", true, TrayAction.details(id(2))));
    }

    @Test
    void staleInstancesGetNoEntryOfTheirOwn() {
        List<TrayMenuEntry> menu = builder.build(snapshot().live(1, "a", 1, 5).stale(2, "gone", 9).build(), false);

        assertThat(instanceActions(menu)).containsExactly(TrayAction.details(id(1)));
    }

    @Test
    void theSameSnapshotGivesAnEqualMenuSoTheTrayNeedNotRebuild() {
        assertThat(builder.build(snapshot().live(1, "a", 1, 5).build(), false))
                .isEqualTo(builder.build(snapshot().live(1, "a", 1, 5).build(), false))
                .isNotEqualTo(builder.build(snapshot().live(1, "a", 2, 5).build(), false));
    }

    @Test
    void longNamesAreShortenedWithAnEllipsis() {
        String label = TrayMenuBuilder.instanceLabel(TraySnapshots.instance(1, "x".repeat(60), 1, 5, "", false,
                java.util.Optional.empty()));

        assertThat(label).startsWith("x".repeat(39) + "… — 1 agent");
    }

    private static List<TrayAction> instanceActions(List<TrayMenuEntry> menu) {
        return menu.stream().filter(Item.class::isInstance).map(Item.class::cast).map(Item::action)
                .filter(a -> a.kind() == Kind.OPEN_DETAILS).toList();
    }
}
