package org.uniregion.platform.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /favicon.ico}, which browsers ask for whatever the page links: the logo of {@code /img/favicon.svg} (a
 * white diamond on the brand colour), drawn once at 32×32 and wrapped as an ICO holding one PNG image.
 */
@Controller
class FaviconController {

	static final MediaType ICO = MediaType.parseMediaType("image/x-icon");

	private static final int SIZE = 32;

	private final byte[] ico = ico(png(draw()));

	@GetMapping("/favicon.ico")
	ResponseEntity<byte[]> favicon() {
		return ResponseEntity.ok().contentType(ICO).cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic()).body(this.ico);
	}

	private static BufferedImage draw() {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			Color brand = new Color(0x6a1b9a);
			g.setColor(brand);
			g.fill(new RoundRectangle2D.Float(0, 0, SIZE, SIZE, 12, 12));
			g.setColor(Color.WHITE);
			g.fill(diamond(11));
			g.setColor(brand);
			g.fill(diamond(5));
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private static Polygon diamond(int radius) {
		int c = SIZE / 2;
		return new Polygon(new int[] { c, c + radius, c, c - radius }, new int[] { c - radius, c, c + radius, c }, 4);
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An ICO file: its header, one directory entry, and the PNG image (allowed in ICO since Windows Vista). */
	static byte[] ico(byte[] png) {
		ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
		b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
		b.put((byte) SIZE).put((byte) SIZE).put((byte) 0).put((byte) 0);
		b.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
		b.put(png);
		return b.array();
	}

}
