package dev.adaptations.compiled;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import org.jspecify.annotations.Nullable;

import dev.adaptations.character.CharacterOrder;
import dev.adaptations.credit.CreditOrder;
import dev.adaptations.organization.OrganizationOrder;
import dev.adaptations.release.ReleaseOrder;
import dev.adaptations.support.InvalidArgumentException;
import dev.adaptations.support.Paging;
import dev.adaptations.work.WorkKind;
import dev.adaptations.work.WorkOrder;

/**
 * Compiles a query's normalized selection into one Cypher statement that returns exactly the fields asked for, as
 * nested maps: each object becomes a map literal with a key per selected field ({@code k0}, {@code k1}, ... by the
 * field's position among its siblings, so that two fields of one response key on different types cannot meet) and
 * its type name under {@code __t}; each relation a {@code COLLECT} subquery. {@link ResponseBuilder} turns the row
 * into the response. Covers the read fields whose answer is a function of the graph alone; anything else (a field
 * with a resolver of its own, a cursor, an argument out of range) throws {@link Unsupported}, and the request runs
 * field by field as before.
 */
final class SelectionCompiler {

	/** What a map in the statement stands for: a node of some label, or one of the API's wrappers. */
	enum Shape {

		WORK, PERSON, CHARACTER, ROLE, ADAPTATION, SOURCE, RELEASE, ORGANIZATION, ORGANIZATION_LINK,
		ROLE_CONNECTION, ROLE_EDGE, PAGE_INFO

	}

	private static final Set<String> WORK_PROPERTIES = Set.of("id", "kind", "title", "originalTitle", "year",
			"language", "country", "description", "note", "confidence", "runtimeMinutes", "episodeCount", "number");

	private static final Set<String> PERSON_PROPERTIES = Set.of("id", "name", "originalName", "birthYear",
			"description", "note", "confidence");

	private static final Set<String> CHARACTER_PROPERTIES = Set.of("id", "name", "originalName", "description", "note",
			"confidence");

	private static final Set<String> ROLE_PROPERTIES = Set.of("id", "kind", "job", "billing", "note", "confidence");

	private static final Set<String> ADAPTATION_PROPERTIES = Set.of("kind", "note", "confidence");

	/** {@code publishedOn} is a {@code Date}: {@link ResponseBuilder} formats it with the schema's own scalar. */
	private static final Set<String> SOURCE_PROPERTIES = Set.of("id", "title", "publisher", "url", "kind",
			"reliability", "excerpt", "publishedOn");

	private static final Set<String> RELEASE_PROPERTIES = Set.of("id", "kind", "date", "region", "venue", "claim",
			"note", "confidence");

	private static final Set<String> ORGANIZATION_LINK_PROPERTIES = Set.of("region", "note", "confidence");

	private static final Set<String> ORGANIZATION_PROPERTIES = Set.of("id", "name", "originalName", "kind",
			"country", "description");

	/** The most fields an object may select here (the response builder's keys); more go to the resolvers. */
	static final int MAX_FIELDS = 256;

	/** A work's GraphQL type, from its kind (as {@code WorkKind} maps it), after {@code CASE <node>}. */
	private static final String WORK_TYPE;

	static {
		StringBuilder cases = new StringBuilder(".kind");
		for (WorkKind kind : WorkKind.values()) {
			cases.append(" WHEN '").append(kind.name()).append("' THEN '").append(kind.typeName()).append('\'');
		}
		WORK_TYPE = cases.append(" END").toString();
	}

	/** The root fields compiled, each with the label its id is looked up in. */
	private static final Map<String, Root> ROOTS = Map.of("work", new Root("Work", Shape.WORK), "person",
			new Root("Person", Shape.PERSON), "character", new Root("Character", Shape.CHARACTER), "role",
			new Root("Role", Shape.ROLE), "source", new Root("Source", Shape.SOURCE));

	private record Root(String label, Shape shape) {
	}

	/**
	 * A compiled statement: its Cypher and parameters; the row has a column {@code c<i>} per root field.
	 * {@code variables} names, for each parameter that holds a root field's id given as a variable ({@code work(id:
	 * $id)}), that variable: the id is then only passed to the database, never looked at, so the statement serves
	 * any value of it ({@link Plans}).
	 */
	record Statement(String cypher, Map<String, @Nullable Object> parameters, Map<String, String> variables) {
	}

	private final Map<String, @Nullable Object> parameters = new HashMap<>();

	private final Map<String, String> variableParameters = new HashMap<>();

	private int variables;

	private SelectionCompiler() {
	}

	/**
	 * Whether the compiler may cover this operation, judged by its root fields alone: a root field it never compiles
	 * (search, paths, lists) rules it out before the normalized operation is built for it.
	 */
	static boolean mayCover(OperationDefinition operation) {
		for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
			if (selection instanceof Field field && !field.getName().equals("__typename")
					&& !ROOTS.containsKey(field.getName())) {
				return false;
			}
		}
		return true;
	}

	/** The statement answering these root fields (of a query), or {@link Unsupported}. */
	static Statement compile(List<ExecutableNormalizedField> rootFields) {
		return new SelectionCompiler().root(rootFields);
	}

	/** Whether the compiler answers a root field of this name (by the {@code id} argument it looks up). */
	static boolean compilesRoot(String fieldName) {
		return ROOTS.containsKey(fieldName);
	}

	private Statement root(List<ExecutableNormalizedField> fields) {
		StringBuilder cypher = new StringBuilder("RETURN ");
		boolean any = false;
		for (int i = 0; i < fields.size(); i++) {
			ExecutableNormalizedField field = fields.get(i);
			if (field.getFieldName().equals("__typename")) {
				continue;
			}
			Root root = ROOTS.get(field.getFieldName());
			if (root == null || !(field.getResolvedArguments().get("id") instanceof String id)) {
				throw new Unsupported();
			}
			String node = variable();
			String idParameter = parameter(id);
			String variable = variableOf(field, "id");
			if (variable != null) {
				this.variableParameters.put(idParameter.substring(1), variable);
			}
			cypher.append(any ? ", " : "")
				.append("COLLECT { MATCH (%s:%s {id: %s}) RETURN %s }[0] AS c%d".formatted(node, root.label(),
						idParameter, object(node, root.shape(), field), i));
			any = true;
		}
		if (!any) {
			throw new Unsupported();
		}
		this.parameters.put("rank", CreditOrder.KIND_RANK);
		return new Statement(cypher.toString(), Collections.unmodifiableMap(this.parameters),
				Map.copyOf(this.variableParameters));
	}

	/** The variable an argument of this field is given as in the document, if it is one. */
	private static @Nullable String variableOf(ExecutableNormalizedField field, String argument) {
		for (Argument ast : field.getAstArguments()) {
			if (ast.getName().equals(argument) && ast.getValue() instanceof VariableReference reference) {
				return reference.getName();
			}
		}
		return null;
	}

	/**
	 * The variables of a page of credits: {@code all} every credit as {@code {r: role, k: sort key}}, {@code rest}
	 * those after the cursor, {@code page} the first {@code first} of those; {@code after} whether a cursor was given.
	 */
	private record Page(String all, String rest, String page, String first, boolean after) {
	}

	/** A map literal for the object at {@code node}, of this shape, with the fields {@code field} selects on it. */
	private String object(String node, Shape shape, ExecutableNormalizedField field) {
		return object(node, shape, field, null);
	}

	/** As above, with the page that a connection, its edges and its page info belong to. */
	private String object(String node, Shape shape, ExecutableNormalizedField field, @Nullable Page other) {
		StringBuilder map = new StringBuilder("{__t: ").append(typeName(node, shape));
		List<ExecutableNormalizedField> children = field.getChildren();
		if (children.size() > MAX_FIELDS) {
			throw new Unsupported();
		}
		for (int i = 0; i < children.size(); i++) {
			ExecutableNormalizedField child = children.get(i);
			if (!child.getFieldName().equals("__typename")) {
				map.append(", k").append(i).append(": ").append(value(node, shape, child, other));
			}
		}
		return map.append('}').toString();
	}

	private static String typeName(String node, Shape shape) {
		return switch (shape) {
			case WORK -> "CASE " + node + WORK_TYPE;
			case PERSON -> "'Person'";
			case CHARACTER -> "'Character'";
			case ROLE -> "'Role'";
			case ADAPTATION -> "'Adaptation'";
			case SOURCE -> "'Source'";
			case RELEASE -> "'Release'";
			case ORGANIZATION -> "'Organization'";
			case ORGANIZATION_LINK -> "'OrganizationLink'";
			case ROLE_CONNECTION -> "'RoleConnection'";
			case ROLE_EDGE -> "'RoleEdge'";
			case PAGE_INFO -> "'PageInfo'";
		};
	}

	private String value(String node, Shape shape, ExecutableNormalizedField field, @Nullable Page other) {
		String name = field.getFieldName();
		return switch (shape) {
			case WORK -> work(node, name, field);
			case PERSON -> person(node, name, field);
			case CHARACTER -> character(node, name, field);
			case SOURCE -> common(node, name, field, SOURCE_PROPERTIES);
			case RELEASE -> release(node, name, field);
			case ORGANIZATION -> common(node, name, field, ORGANIZATION_PROPERTIES);
			case ORGANIZATION_LINK -> organizationLink(node, name, field);
			case ROLE -> role(node, name, field);
			case ADAPTATION -> adaptation(node, name, field);
			case ROLE_CONNECTION -> page(name, field, Objects.requireNonNull(other));
			case ROLE_EDGE -> edge(node, name, field);
			case PAGE_INFO -> pageInfo(name, Objects.requireNonNull(other));
		};
	}

	private String work(String w, String name, ExecutableNormalizedField field) {
		String x = variable();
		return switch (name) {
			case "partOf" -> one("MATCH (%s)-[:PART_OF]->(%s:Work)".formatted(w, x), x, Shape.WORK, field);
			case "parts" -> ordered(WorkOrder.parts(w, x, x + "_p"), x + ", " + x + "_p",
					WorkOrder.partsOrder(x, x + "_p"), x, Shape.WORK, field);
			case "episodes" -> ordered(WorkOrder.episodes(w, x), "DISTINCT " + x, WorkOrder.episodesOrder(x), x,
					Shape.WORK, field);
			case "series" -> one("%s WITH DISTINCT %s".formatted(WorkOrder.series(w, x), x), x, Shape.WORK, field);
			// An adaptation is its ADAPTS relationship (x), the adapting work (x_a) and the original (x_o).
			case "adaptations" -> collectOrdered("MATCH (%2$s_a:Work)-[%2$s:ADAPTS]->(%1$s)".formatted(w, x),
					"%1$s, %1$s_a, %2$s AS %1$s_o".formatted(x, w), WorkOrder.adaptationsOrder(x + "_a"),
					object(x, Shape.ADAPTATION, field));
			case "adaptedFrom" -> collectOrdered("MATCH (%1$s)-[%2$s:ADAPTS]->(%2$s_o:Work)".formatted(w, x),
					"%1$s, %2$s AS %1$s_a, %1$s_o".formatted(x, w), WorkOrder.adaptationsOrder(x + "_o"),
					object(x, Shape.ADAPTATION, field));
			case "characters" -> ordered(CharacterOrder.ofWork(w, x), x, CharacterOrder.characterOrder(x), x,
					Shape.CHARACTER, field);
			// A link is its relationship (x), the work (x_w) and the organization (x_o).
			case "organizations" -> collectOrdered(OrganizationOrder.linksOfWork(w, x, x + "_o"),
					"%1$s, %2$s AS %1$s_w, %1$s_o".formatted(x, w), OrganizationOrder.linksOfWorkOrder(x, x + "_o"),
					object(x, Shape.ORGANIZATION_LINK, field));
			case "releases" -> ordered(ReleaseOrder.ofWork(w, x), x, ReleaseOrder.order(x), x, Shape.RELEASE, field);
			case "credits" -> connection("%s\nWITH %s WHERE %s IS NULL OR %2$s.kind IN %3$s\nWITH %2$s, %s AS %2$s_k"
				.formatted(CreditOrder.ofWork(w, x), x, kinds(field), CreditOrder.workKey(x)), x, field);
			default -> common(w, name, field, WORK_PROPERTIES);
		};
	}

	private String person(String p, String name, ExecutableNormalizedField field) {
		if (name.equals("credits")) {
			String r = variable();
			String w = variable();
			return connection("%s\nWHERE %s IS NULL OR %s.kind IN %2$s\nWITH %3$s, %s AS %3$s_k"
				.formatted(CreditOrder.ofPerson(p, r, w), kinds(field), r, CreditOrder.personKey(r, w)), r, field);
		}
		return common(p, name, field, PERSON_PROPERTIES);
	}

	private String character(String c, String name, ExecutableNormalizedField field) {
		String x = variable();
		return switch (name) {
			case "appearsIn" -> ordered("MATCH (%s)-[:APPEARS_IN]->(%s:Work)".formatted(c, x), x,
					CharacterOrder.appearsInOrder(x), x, Shape.WORK, field);
			case "portrayals" -> ordered("MATCH (%s:Role)-[:AS]->(%s)".formatted(x, c), x,
					CharacterOrder.portrayalsOrder(x), x, Shape.ROLE, field);
			default -> common(c, name, field, CHARACTER_PROPERTIES);
		};
	}

	/** {@code l} a work's link to an organization, {@code l_w} the work, {@code l_o} the organization. */
	private String organizationLink(String l, String name, ExecutableNormalizedField field) {
		return switch (name) {
			case "organization" -> object(l + "_o", Shape.ORGANIZATION, field);
			case "work" -> object(l + "_w", Shape.WORK, field);
			case "kind" -> "type(%s)".formatted(l);
			case "sources" -> sources(l, field);
			default -> property(l, name, ORGANIZATION_LINK_PROPERTIES);
		};
	}

	/** As {@code Release.from} reads a release: a missing precision is a day's, a missing preference false. */
	private String release(String e, String name, ExecutableNormalizedField field) {
		String x = variable();
		return switch (name) {
			case "work" -> one("MATCH (%s)-[:OF]->(%s:Work)".formatted(e, x), x, Shape.WORK, field);
			case "platform" -> one("MATCH (%s)-[:ON]->(%s:Organization)".formatted(e, x), x, Shape.ORGANIZATION, field);
			case "datePrecision" -> "coalesce(%s.datePrecision, 'DAY')".formatted(e);
			case "preferred" -> "coalesce(%s.preferred, false)".formatted(e);
			default -> common(e, name, field, RELEASE_PROPERTIES);
		};
	}

	private String role(String r, String name, ExecutableNormalizedField field) {
		String x = variable();
		return switch (name) {
			case "person" -> one("MATCH (%2$s:Person)-[:HAS_ROLE]->(%1$s)".formatted(r, x), x, Shape.PERSON, field);
			case "work" -> one("MATCH (%s)-[:IN]->(%s:Work)".formatted(r, x), x, Shape.WORK, field);
			case "character" -> one("MATCH (%s)-[:AS]->(%s:Character)".formatted(r, x), x, Shape.CHARACTER, field);
			case "episodes" -> ordered("MATCH (%s)-[:IN_EPISODE]->(%s:Episode)".formatted(r, x), x,
					CreditOrder.episodesOrder(x), x, Shape.WORK, field);
			default -> common(r, name, field, ROLE_PROPERTIES);
		};
	}

	/** {@code a} the ADAPTS relationship, {@code a_a} the adapting work, {@code a_o} the original. */
	private String adaptation(String a, String name, ExecutableNormalizedField field) {
		return switch (name) {
			case "adaptation" -> object(a + "_a", Shape.WORK, field);
			case "source" -> object(a + "_o", Shape.WORK, field);
			case "sources" -> sources(a, field);
			default -> property(a, name, ADAPTATION_PROPERTIES);
		};
	}

	/**
	 * A page of credits, as the resolvers page them ({@code support.Connection}): {@code roles} is the body of a
	 * subquery that leaves each credit in {@code role} with its sort key in {@code role_k}. The list of all credits,
	 * those after the cursor and the page are each bound once (one-element list comprehensions).
	 */
	private String connection(String roles, String role, ExecutableNormalizedField field) {
		Object first = field.getResolvedArguments().get("first");
		int size = (first == null) ? 20 : (first instanceof Integer number) ? number : -1;
		if (size < 0 || size > Paging.MAX_PAGE_SIZE) {
			// A size the resolver refuses with an error of its own.
			throw new Unsupported();
		}
		String afterKey = null;
		if (field.getResolvedArguments().get("after") instanceof String cursor) {
			try {
				afterKey = Paging.after(cursor);
			}
			catch (InvalidArgumentException ex) {
				throw new Unsupported();
			}
		}
		Page page = new Page(variable(), variable(), variable(), parameter(size), afterKey != null);
		String credit = variable();
		return ("[%1$s IN [COLLECT { %4$s ORDER BY %5$s_k RETURN {r: %5$s, k: %5$s_k} }]"
				+ " | [%2$s IN [[%6$s IN %1$s WHERE %7$s IS NULL OR %6$s.k > %7$s]]"
				+ " | [%3$s IN [%2$s[0..%8$s]] | %9$s][0]][0]][0]")
			.formatted(page.all(), page.rest(), page.page(), roles, role, credit, parameter(afterKey), page.first(),
					object(page.all(), Shape.ROLE_CONNECTION, field, page));
	}

	/** A field of a page of credits. */
	private String page(String name, ExecutableNormalizedField field, Page page) {
		return switch (name) {
			case "totalCount" -> "size(%s)".formatted(page.all());
			case "edges" -> {
				String edge = variable();
				yield "[%s IN %s | %s]".formatted(edge, page.page(), object(edge, Shape.ROLE_EDGE, field, page));
			}
			case "pageInfo" -> object(page.page(), Shape.PAGE_INFO, field, page);
			default -> throw new Unsupported();
		};
	}

	/** A field of an edge {@code edge}, an item of the page's list ({@code r} the role, {@code k} its key). */
	private String edge(String edge, String name, ExecutableNormalizedField field) {
		return switch (name) {
			case "cursor" -> cursor(edge + ".k");
			case "node" -> {
				// Bound to a variable of its own: a pattern cannot name a map's entry.
				String role = variable();
				yield "[%s IN [%s.r] | %s][0]".formatted(role, edge, object(role, Shape.ROLE, field));
			}
			default -> throw new Unsupported();
		};
	}

	private static String pageInfo(String name, Page page) {
		return switch (name) {
			case "hasNextPage" -> "size(%s) > %s".formatted(page.rest(), page.first());
			case "hasPreviousPage" -> String.valueOf(page.after());
			case "startCursor" -> "CASE WHEN size(%1$s) = 0 THEN null ELSE %2$s END".formatted(page.page(),
					cursor(page.page() + "[0].k"));
			case "endCursor" -> "CASE WHEN size(%1$s) = 0 THEN null ELSE %2$s END".formatted(page.page(),
					cursor(page.page() + "[-1].k"));
			default -> throw new Unsupported();
		};
	}

	/** A cursor: its sort key, marked for {@link ResponseBuilder}, which encodes it as {@code Paging} does. */
	private static String cursor(String key) {
		return "{%s: %s}".formatted(ResponseBuilder.CURSOR, key);
	}

	private String kinds(ExecutableNormalizedField field) {
		Object kinds = field.getResolvedArguments().get("kind");
		return parameter((kinds instanceof List<?> list) ? List.copyOf(list) : null);
	}

	private String one(String match, String node, Shape shape, ExecutableNormalizedField field) {
		return "COLLECT { %s RETURN %s }[0]".formatted(match, object(node, shape, field));
	}

	private String many(String match, String node, Shape shape, ExecutableNormalizedField field) {
		return "COLLECT { %s RETURN %s }".formatted(match, object(node, shape, field));
	}

	/** A list in order: what {@code match} finds, kept as {@code with} (the variables, or DISTINCT ones), sorted. */
	private String ordered(String match, String with, String order, String node, Shape shape,
			ExecutableNormalizedField field) {
		return collectOrdered(match, with, order, object(node, shape, field));
	}

	private static String collectOrdered(String match, String with, String order, String item) {
		return "COLLECT { %s WITH %s ORDER BY %s RETURN %s }".formatted(match, with, order, item);
	}

	/** A field every node type reads alike: a property, its aliases, its version, its sources. */
	private String common(String node, String name, ExecutableNormalizedField field, Set<String> properties) {
		return switch (name) {
			case "sources" -> sources(node, field);
			case "aliases" -> "coalesce(%s.aliases, [])".formatted(node);
			// As Values.versionOf reads it: a node written before versions were kept is at version 1.
			case "version" -> "coalesce(%s.version, 1)".formatted(node);
			default -> property(node, name, properties);
		};
	}

	/**
	 * The sources of a node or relationship, in the order of its {@code sources} ids; an id of no source is left
	 * out, as the node loader leaves out what it does not find.
	 */
	private String sources(String holder, ExecutableNormalizedField field) {
		String id = variable();
		String source = variable();
		String found = variable();
		return ("[%s IN [%s IN coalesce(%s.sources, []) | COLLECT { MATCH (%s:Source {id: %2$s}) RETURN %s }[0]]"
				+ " WHERE %1$s IS NOT NULL]").formatted(found, id, holder, source, object(source, Shape.SOURCE, field));
	}

	private static String property(String node, String name, Set<String> properties) {
		if (!properties.contains(name)) {
			throw new Unsupported();
		}
		return node + "." + name;
	}

	private String variable() {
		return "v" + this.variables++;
	}

	private String parameter(@Nullable Object value) {
		String name = "p" + this.parameters.size();
		this.parameters.put(name, value);
		return "$" + name;
	}

}
