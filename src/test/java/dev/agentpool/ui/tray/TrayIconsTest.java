package dev.agentpool.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpool.core.health.OverallHealth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrayIconsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            GREEN,  16, /icons/tray/green-16.png
            YELLOW, 22, /icons/tray/yellow-22.png
            RED,    24, /icons/tray/red-24.png
            GREY,   48, /icons/tray/grey-48.png
            """)
    void eachHealthMapsToItsColouredIconFile(OverallHealth health, int size, String resource) {
        assertThat(TrayIcons.resource(health, size)).isEqualTo(resource);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            16, 1.0, 16
            22, 1.0, 22
            24, 1.0, 24
            32, 2.0, 64
            16, 2.0, 32
            24, 1.5, 44
            22, 2.0, 44
            24, 2.0, 48
            20, 1.0, 22
            100, 1.0, 64
            0, 1.0, 16
            16, 0.5, 16
            """)
    void sizeIsTheSmallestFileAtLeastTheRequestedPixelsTimesScale(int requested, double scale, int picked) {
        assertThat(TrayIcons.pickSize(requested, scale)).isEqualTo(picked);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            GREEN, 24, 2.0, /icons/tray/green-48.png
            YELLOW, 22, 2.0, /icons/tray/yellow-44.png
            RED,   22, 1.0, /icons/tray/red-22.png
            """)
    void resourceForATrayCombinesHealthAndScaledSize(OverallHealth health, int size, double scale, String resource) {
        assertThat(TrayIcons.resourceFor(health, size, scale)).isEqualTo(resource);
    }
}
