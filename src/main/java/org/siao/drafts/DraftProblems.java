package org.siao.drafts;

import java.util.List;

import org.siao.rulebook.RuleProblem;

/** Why a draft cannot do what was asked. */
public final class DraftProblems {

	private DraftProblems() {
	}

	public static class NoSuchDraft extends RuntimeException {

		private final String id;

		public NoSuchDraft(String id) {
			super("no draft " + id + " (drafts are kept for a while only)");
			this.id = id;
		}

		public String id() {
			return id;
		}

	}

	public static class NoSuchRelease extends RuntimeException {

		private final String version;

		public NoSuchRelease(String version) {
			super("no release " + version);
			this.version = version;
		}

		public String version() {
			return version;
		}

	}

	/** Rules (a draft or a kept release) with errors: they can be neither run nor published. */
	public static class NotPublishable extends RuntimeException {

		private final String version;

		private final List<RuleProblem> errors;

		public NotPublishable(String version, List<RuleProblem> errors) {
			super("rules " + version + " have errors");
			this.version = version;
			this.errors = List.copyOf(errors);
		}

		public String version() {
			return version;
		}

		public List<RuleProblem> errors() {
			return errors;
		}

	}

	/** The draft makes casebook cases fail and the publisher did not accept that. */
	public static class FailingCases extends RuntimeException {

		private final Effects.CasebookEffect effect;

		public FailingCases(Effects.CasebookEffect effect) {
			super(effect.summary());
			this.effect = effect;
		}

		public Effects.CasebookEffect effect() {
			return effect;
		}

	}

	/** Forbidden by the rules of publishing (the drafter approving their own draft): {@code key} in i18n/drafts. */
	public static class NotAllowed extends RuntimeException {

		private final String key;

		public NotAllowed(String key) {
			super(key);
			this.key = key;
		}

		public String key() {
			return key;
		}

	}

}
