package dev.agentpool.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The generated icons (icons/IconGenerator.java) are where the tray and the packages look for them, at the sizes
 * they ask for. Reads PNG headers directly so the test needs no AWT.
 */
class IconFilesTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @ParameterizedTest
    @ValueSource(strings = {"green", "yellow", "red", "grey"})
    void everyHealthColourHasTrayIconsAtEveryTraySizeOnTheClassPath(String colour) throws IOException {
        for (int size : new int[] {16, 22, 24, 32, 44, 48, 64}) {
            assertThat(classPathPngSize("/icons/tray/" + colour + "-" + size + ".png")).containsExactly(size, size);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512})
    void appIconExistsOnTheClassPathAtEachLinuxSize(int size) throws IOException {
        assertThat(classPathPngSize("/icons/app/agentpool-" + size + ".png")).containsExactly(size, size);
    }

    @Test
    void windowsIconHoldsSevenPngImagesWhoseDirectoryMatchesTheirSizes() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(Path.of("icons/agentpool.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        int count = ico.getShort(4);
        assertThat(count).isEqualTo(7);
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            byte[] png = Arrays.copyOfRange(ico.array(), ico.getInt(entry + 12),
                    ico.getInt(entry + 12) + ico.getInt(entry + 8));
            assertThat(pngSize(png)).containsExactly(width, width);
        }
    }

    @Test
    void macIconIsAnIcnsContainerOfPngChunksUpTo1024() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(Path.of("icons/agentpool.icns")));
        assertThat(new String(icns.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).isEqualTo(icns.capacity());
        List<String> types = new ArrayList<>();
        int offset = 8;
        while (offset < icns.capacity()) {
            String type = new String(icns.array(), offset, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(offset + 4);
            byte[] png = Arrays.copyOfRange(icns.array(), offset + 8, offset + length);
            assertThat(pngSize(png)[0]).isIn(32, 64, 128, 256, 512, 1024);
            types.add(type);
            offset += length;
        }
        assertThat(offset).isEqualTo(icns.capacity());
        assertThat(types).contains("ic07", "ic08", "ic09", "ic10");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ic07, 128
            ic08, 256
            ic09, 512
            ic10, 1024
            """)
    void icnsChunkTypesCarryTheirAppleDefinedPixelSize(String type, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("icons/agentpool.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        for (int offset = 8; offset < bytes.length; offset += icns.getInt(offset + 4)) {
            if (new String(bytes, offset, 4, StandardCharsets.US_ASCII).equals(type)) {
                byte[] png = Arrays.copyOfRange(bytes, offset + 8, offset + icns.getInt(offset + 4));
                assertThat(pngSize(png)).containsExactly(size, size);
                return;
            }
        }
        throw new AssertionError("no " + type + " chunk");
    }

    private static int[] classPathPngSize(String resource) throws IOException {
        try (InputStream in = IconFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return pngSize(in.readAllBytes());
        }
    }

    /** Width and height from the IHDR chunk that follows the PNG signature. */
    private static int[] pngSize(byte[] png) {
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        ByteBuffer header = ByteBuffer.wrap(png);
        assertThat(new String(png, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        return new int[] {header.getInt(16), header.getInt(20)};
    }
}
