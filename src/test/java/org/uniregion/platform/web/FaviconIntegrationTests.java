package org.uniregion.platform.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers ask for {@code /favicon.ico} on the first page whatever it links: it is there for anyone, a real ICO,
 * and the pages link the SVG logo.
 */
@IntegrationTest
class FaviconIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void faviconIcoIsARealIconForAnonymousCallers() throws Exception {
		ApiClient.Response r = ApiClient.as(TestUsers.ANONYMOUS, this.port).send("GET", "/favicon.ico", null, "image/*");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.header("Content-Type")).startsWith("image/x-icon");
		assertThat(r.header("Cache-Control")).contains("max-age");
		ByteBuffer ico = ByteBuffer.wrap(r.bytes()).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(ico.getShort(0)).as("reserved").isZero();
		assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
		assertThat(ico.getShort(4)).as("images").isEqualTo((short) 1);
		int size = ico.getInt(6 + 8);
		int offset = ico.getInt(6 + 12);
		assertThat(offset + size).isEqualTo(r.bytes().length);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(r.bytes(), offset, offset + size)));
		assertThat(image.getWidth()).isEqualTo(32);
		assertThat(image.getHeight()).isEqualTo(32);
		assertThat(image.getRGB(16, 16) & 0xffffff).as("the diamond's centre in the brand colour").isEqualTo(0x6a1b9a);
		assertThat(image.getRGB(16, 8) & 0xffffff).as("the white diamond").isEqualTo(0xffffff);
	}

	@Test
	void pagesLinkTheSvgIconWhichIsServedToAnyone() {
		ApiClient anonymous = ApiClient.as(TestUsers.ANONYMOUS, this.port);
		assertThat(anonymous.send("GET", "/login", null, "text/html").body())
			.contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\">");
		ApiClient.Response svg = anonymous.send("GET", "/img/favicon.svg", null, "image/*");
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(svg.body()).startsWith("<svg").contains("#6a1b9a");
	}

}
