package org.uniregion.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The load test's load generator: {@code clients} threads, each sending one request after the other (a closed
 * loop, no think time) for a warm-up and then for the measured seconds. Latencies of the requests started in the
 * measured window give p50 and p99; the requests completed in it, the throughput. A request that answers other
 * than 2xx, or fails, is an error.
 */
final class LoadDriver {

	/** One request of one client; answers the HTTP status (a raw baseline answers 200). */
	interface Call extends AutoCloseable {

		int call() throws Exception;

		@Override
		default void close() throws Exception {
		}

	}

	/** What one scenario measured. {@code starts} are the measured requests' start offsets from the window's start. */
	record Measurement(String name, long requests, double seconds, long[] latencies, long[] starts, long errors,
			String firstError) {

		double perSecond() {
			return this.seconds <= 0 ? 0 : this.requests / this.seconds;
		}

		double p50() {
			return percentile(0.50);
		}

		double p99() {
			return percentile(0.99);
		}

		private double percentile(double q) {
			if (this.latencies.length == 0) {
				return Double.NaN;
			}
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			return CatalogBenchmark.millis(sorted, q);
		}

		/** Both measurements as one (of the same scenario, measured in turns); {@code a} may be {@code null}. */
		static Measurement merge(Measurement a, Measurement b) {
			if (a == null) {
				return b;
			}
			long[] lat = Arrays.copyOf(a.latencies, a.latencies.length + b.latencies.length);
			System.arraycopy(b.latencies, 0, lat, a.latencies.length, b.latencies.length);
			return new Measurement(a.name, a.requests + b.requests, a.seconds + b.seconds, lat, new long[0],
					a.errors + b.errors, a.firstError != null ? a.firstError : b.firstError);
		}

		/** The requests started in {@code [from, to)} seconds of the window (of a measurement not merged). */
		Measurement slice(String label, int from, int to) {
			long lo = from * 1_000_000_000L;
			long hi = to * 1_000_000_000L;
			long[] lat = new long[this.latencies.length];
			long[] st = new long[this.latencies.length];
			int n = 0;
			for (int i = 0; i < this.latencies.length; i++) {
				if (this.starts[i] >= lo && this.starts[i] < hi) {
					lat[n] = this.latencies[i];
					st[n++] = this.starts[i];
				}
			}
			return new Measurement(label, n, to - from, Arrays.copyOf(lat, n), Arrays.copyOf(st, n), 0, null);
		}

	}

	private LoadDriver() {
	}

	/**
	 * Runs {@code clients} closed-loop clients, each with its own {@link Call} from {@code calls} (closed at the
	 * end), for {@code warmupSeconds} unmeasured, then {@code seconds} measured.
	 */
	static Measurement drive(String name, int clients, int warmupSeconds, int seconds, IntFunction<Call> calls)
			throws Exception {
		long start = System.nanoTime();
		long from = start + warmupSeconds * 1_000_000_000L;
		long until = from + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<Client>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				int id = i;
				futures.add(pool.submit(() -> {
					Client c = new Client();
					try (Call call = calls.apply(id)) {
						c.run(call, from, until);
					}
					return c;
				}));
			}
			long requests = 0;
			long errors = 0;
			String firstError = null;
			long lastEnd = until;
			List<Client> done = new ArrayList<>();
			for (Future<Client> f : futures) {
				Client c = f.get();
				done.add(c);
				requests += c.n;
				errors += c.errors;
				if (firstError == null) {
					firstError = c.firstError;
				}
				lastEnd = Math.max(lastEnd, c.lastEnd);
			}
			long[] latencies = new long[(int) requests];
			long[] starts = new long[(int) requests];
			int k = 0;
			for (Client c : done) {
				System.arraycopy(c.latencies, 0, latencies, k, c.n);
				for (int i = 0; i < c.n; i++) {
					starts[k + i] = c.starts[i] - from;
				}
				k += c.n;
			}
			return new Measurement(name, requests, (lastEnd - from) / 1e9, latencies, starts, errors, firstError);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A GET of {@code uri} with {@code headers}; the whole body is read. */
	static Call get(HttpClient http, URI uri, Map<String, String> headers) {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET();
		headers.forEach(b::header);
		HttpRequest request = b.build();
		return () -> {
			HttpResponse<byte[]> res = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (res.statusCode() / 100 == 2 && res.body().length == 0) {
				throw new IllegalStateException(uri + " answered " + res.statusCode() + " without a body");
			}
			return res.statusCode();
		};
	}

	static HttpClient httpClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static final class Client {

		long[] latencies = new long[1024];

		long[] starts = new long[1024];

		int n;

		long errors;

		String firstError;

		long lastEnd;

		void run(Call call, long from, long until) {
			while (true) {
				long a = System.nanoTime();
				if (a >= until) {
					return;
				}
				String error = null;
				try {
					int status = call.call();
					if (status / 100 != 2) {
						error = "HTTP " + status;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (Exception ex) {
					error = ex.toString();
				}
				long b = System.nanoTime();
				if (error != null) {
					this.errors++;
					if (this.firstError == null) {
						this.firstError = error;
					}
				}
				if (a >= from) {
					if (this.n == this.latencies.length) {
						this.latencies = Arrays.copyOf(this.latencies, this.n * 2);
						this.starts = Arrays.copyOf(this.starts, this.n * 2);
					}
					this.latencies[this.n] = b - a;
					this.starts[this.n++] = a;
					this.lastEnd = b;
				}
			}
		}

	}

}
