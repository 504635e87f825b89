package org.uniregion.platform;

/**
 * Work that the start-up need not wait for (demo data, the search index check, the API description, warming the
 * hot paths): {@link BackgroundWork} runs every such task once the product answers, one after the other in
 * {@link #order()}, and the home page tells administrators which are still running.
 */
public interface StartupTask {

	/** Its name in the messages: {@code background.task.<key>}. */
	String key();

	/** Tasks run in ascending order (data first, then the index check, the warm-up, the API description). */
	int order();

	/** Does the work (as {@link Caller#SYSTEM}), reporting progress where it knows it. */
	void run(BackgroundWork.Progress progress) throws Exception;

}
