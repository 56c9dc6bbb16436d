import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws every icon of Agent Pool Monitor from one design: a pool (disc or gauge ring) holding three agent dots.
 * Each size is drawn directly (no downscaling) so 16 px stays crisp; line widths have a floor in pixels.
 *
 * <p>Run from the repository root: {@code java icons/IconGenerator.java}. Writes
 * {@code src/main/resources/icons/app/agentpool-<size>.png}, {@code src/main/resources/icons/tray/<colour>-<size>.png},
 * {@code icons/agentpool.ico} and {@code icons/agentpool.icns}. Build tool, not app code: AWT is fine here.
 */
public final class IconGenerator {

    static final int[] APP_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    static final int[] TRAY_SIZES = {16, 22, 24, 32, 44, 48, 64};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** ICNS chunk types with their pixel sizes (PNG payloads, macOS 10.7+). */
    static final Map<String, Integer> ICNS_CHUNKS = new java.util.LinkedHashMap<>(Map.of());

    static {
        ICNS_CHUNKS.put("ic11", 32);   // 16@2x
        ICNS_CHUNKS.put("ic12", 64);   // 32@2x
        ICNS_CHUNKS.put("ic07", 128);
        ICNS_CHUNKS.put("ic13", 256);  // 128@2x
        ICNS_CHUNKS.put("ic08", 256);
        ICNS_CHUNKS.put("ic14", 512);  // 256@2x
        ICNS_CHUNKS.put("ic09", 512);
        ICNS_CHUNKS.put("ic10", 1024); // 512@2x
    }

    /** Health colours: fill, plus the dot colour that contrasts with it. */
    enum Health {
        GREEN(new Color(0x2DA44E), Color.WHITE),
        YELLOW(new Color(0xF2B705), new Color(0x1F2328)),
        RED(new Color(0xD9362B), Color.WHITE),
        GREY(new Color(0x8C959F), Color.WHITE);

        final Color fill;
        final Color dots;

        Health(Color fill, Color dots) {
            this.fill = fill;
            this.dots = dots;
        }
    }

    static final Color OUTLINE = new Color(0x14, 0x18, 0x1F, 235);
    static final Color NAVY_TOP = new Color(0x26384F);
    static final Color NAVY_BOTTOM = new Color(0x141D2A);
    static final Color TEAL = new Color(0x3DDC97);
    static final Color TRACK = new Color(255, 255, 255, 60);

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path app = Files.createDirectories(root.resolve("src/main/resources/icons/app"));
        Path tray = Files.createDirectories(root.resolve("src/main/resources/icons/tray"));
        for (int size : APP_SIZES) {
            ImageIO.write(appIcon(size), "png", app.resolve("agentpool-" + size + ".png").toFile());
        }
        for (Health h : Health.values()) {
            for (int size : TRAY_SIZES) {
                String name = h.name().toLowerCase(java.util.Locale.ROOT) + "-" + size + ".png";
                ImageIO.write(trayIcon(size, h), "png", tray.resolve(name).toFile());
            }
        }
        Files.write(root.resolve("icons/agentpool.ico"), ico());
        Files.write(root.resolve("icons/agentpool.icns"), icns());
        System.out.println("icons written under " + root.toAbsolutePath().normalize());
    }

    static Graphics2D canvas(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** Tray: a disc in the health colour with a dark rim (light panels) and three agent dots. */
    static BufferedImage trayIcon(int size, Health h) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(img);
        double rim = Math.max(1.0, size / 16.0);
        double r = size / 2.0 - rim / 2.0;
        double c = size / 2.0;
        g.setColor(h.fill);
        g.fill(circle(c, c, r));
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke((float) rim));
        g.draw(circle(c, c, r));
        drawDots(g, c, c + size * 0.02, size * 0.235, Math.max(1.55, size * 0.105), h.dots);
        g.dispose();
        return img;
    }

    /** App: a navy tile with a gauge ring (the pool, three quarters full) around three agent dots. */
    static BufferedImage appIcon(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(img);
        double inset = size >= 64 ? size * 0.06 : 0;
        double side = size - 2 * inset;
        g.setPaint(new GradientPaint(0, (float) inset, NAVY_TOP, 0, (float) (inset + side), NAVY_BOTTOM));
        g.fill(new RoundRectangle2D.Double(inset, inset, side, side, side * 0.42, side * 0.42));
        double c = size / 2.0;
        double stroke = Math.max(1.8, side * 0.085);
        double ringR = side * 0.34;
        g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(TRACK);
        g.draw(arc(c, c, ringR, 225, -270));
        g.setColor(TEAL);
        g.draw(arc(c, c, ringR, 225, -200));
        drawDots(g, c, c + side * 0.015, Math.max(2.6, side * 0.14), Math.max(1.3, side * 0.07), Color.WHITE);
        g.dispose();
        return img;
    }

    static void drawDots(Graphics2D g, double cx, double cy, double spread, double dotR, Color colour) {
        g.setColor(colour);
        for (int i = 0; i < 3; i++) {
            double angle = Math.toRadians(-90 + 120 * i);
            g.fill(circle(cx + spread * Math.cos(angle), cy + spread * Math.sin(angle), dotR));
        }
    }

    static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Arc2D arc(double cx, double cy, double r, double start, double extent) {
        return new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, start, extent, Arc2D.OPEN);
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later); 256 is written as 0 in the directory. */
    static byte[] ico() throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(appIcon(size)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.u16(0).u16(1).u16(images.size());
        int offset = 6 + 16 * images.size();
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES[i];
            out.u8(size >= 256 ? 0 : size).u8(size >= 256 ? 0 : size).u8(0).u8(0);
            out.u16(1).u16(32).u32(images.get(i).length).u32(offset);
            offset += images.get(i).length;
        }
        for (byte[] image : images) {
            bytes.write(image);
        }
        return bytes.toByteArray();
    }

    /** ICNS: "icns" + total length, then (type, length incl. 8-byte header, PNG) chunks, all big-endian. */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(chunks);
        for (Map.Entry<String, Integer> chunk : ICNS_CHUNKS.entrySet()) {
            byte[] data = png(appIcon(chunk.getValue()));
            out.writeBytes(chunk.getKey());
            out.writeInt(data.length + 8);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(chunks.size() + 8);
        chunks.writeTo(file);
        return file.toByteArray();
    }

    static final class LittleEndian {
        private final ByteArrayOutputStream out;

        LittleEndian(ByteArrayOutputStream out) {
            this.out = out;
        }

        LittleEndian u8(int v) {
            out.write(v & 0xFF);
            return this;
        }

        LittleEndian u16(int v) {
            return u8(v).u8(v >> 8);
        }

        LittleEndian u32(int v) {
            return u16(v).u16(v >> 16);
        }
    }
}
