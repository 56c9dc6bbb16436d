package dev.agentpool.ui.tray.awt;

import dev.agentpool.core.health.OverallHealth;
import dev.agentpool.ui.tray.TrayIcons;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Loads the tray images: the icon file for the size the tray asks for, plus its 2× (or 1.5×) variant on HiDPI
 * screens as one multi-resolution image. A missing file gets a plain coloured disc, so the icon never goes blank.
 */
final class AwtTrayImages {

    private static final System.Logger LOG = System.getLogger(AwtTrayImages.class.getName());
    private final Map<OverallHealth, Image> cache = new EnumMap<>(OverallHealth.class);
    private final int size;
    private final double scale;

    AwtTrayImages(int requestedSize, double scale) {
        this.size = requestedSize;
        this.scale = scale;
    }

    static double screenScale() {
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getDefaultTransform().getScaleX();
        } catch (RuntimeException e) {
            return 1.0;
        }
    }

    Image image(OverallHealth health) {
        return cache.computeIfAbsent(health, this::load);
    }

    private Image load(OverallHealth health) {
        int base = TrayIcons.pickSize(size, 1.0);
        int sharp = TrayIcons.pickSize(size, scale);
        BufferedImage one = read(health, base);
        return sharp == base ? one : new BaseMultiResolutionImage(one, read(health, sharp));
    }

    private BufferedImage read(OverallHealth health, int pixels) {
        String resource = TrayIcons.resource(health, pixels);
        URL url = AwtTrayImages.class.getResource(resource);
        try {
            BufferedImage image = url == null ? null : ImageIO.read(url);
            if (image != null) {
                return image;
            }
            LOG.log(System.Logger.Level.WARNING, "tray icon " + resource + " missing; drawing a plain disc");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "tray icon " + resource + " unreadable; drawing a plain disc", e);
        }
        return disc(health, pixels);
    }

    private static BufferedImage disc(OverallHealth health, int pixels) {
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(switch (health) {
            case GREEN -> new Color(0x2e7d32);
            case YELLOW -> new Color(0xf9a825);
            case RED -> new Color(0xc62828);
            case GREY -> new Color(0x9e9e9e);
        });
        int pad = Math.max(1, pixels / 8);
        g.fillOval(pad, pad, pixels - 2 * pad, pixels - 2 * pad);
        g.dispose();
        return image;
    }
}
