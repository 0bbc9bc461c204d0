package dev.adaptations.curation;

import java.util.List;

import dev.adaptations.history.Change;

/** What mutations return: the entity or link they wrote (loaded as clients ask) and the changes committed. */
final class Payloads {

	private Payloads() {
	}

	/**
	 * The payload of a mutation that wrote one entity ({@code WorkPayload}, {@code RolePayload}, ...).
	 *
	 * @param id the entity's id
	 * @param changes the changes committed, empty when the input changed nothing
	 */
	record EntityPayload(String id, List<Change> changes) {

		static EntityPayload of(Curation.Outcome<String> outcome) {
			return new EntityPayload(outcome.value(), outcome.changes());
		}

	}

	/**
	 * The payload of a mutation that added or removed a link.
	 *
	 * @param fromId the start of the link
	 * @param relationship its type
	 * @param toId its end
	 * @param changes the changes committed
	 */
	record LinkPayload(String fromId, String relationship, String toId, List<Change> changes) {

		static LinkPayload of(Curation.Outcome<FactCuration.Link> outcome) {
			var link = outcome.value();
			return new LinkPayload(link.from(), link.type(), link.to(), outcome.changes());
		}

	}

	/**
	 * The payload of a mutation that deleted an entity or removed a role or release.
	 *
	 * @param id the id of what is gone
	 * @param changes the changes committed
	 */
	record DeletePayload(String id, List<Change> changes) {

		static DeletePayload of(Curation.Outcome<String> outcome) {
			return new DeletePayload(outcome.value(), outcome.changes());
		}

	}

}
