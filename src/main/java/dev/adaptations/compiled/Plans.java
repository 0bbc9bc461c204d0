package dev.adaptations.compiled;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import org.jspecify.annotations.Nullable;

import dev.adaptations.support.WeightedLru;

/**
 * The compiled statements of the operations clients repeat. graphql-java's normalized operation, built per request,
 * and the compiling of it cost a small request as much CPU as the database's answer (docs/performance); and an
 * application sends the same few documents with different variables. So the compiler's verdict on an operation (a
 * statement, or "the resolvers answer this") is kept for that parsed operation and the values of the variables that
 * shape it: those of {@code @skip} and {@code @include}, of page sizes and cursors, anything the compiler reads.
 * <p>
 * The ids the root fields look up are the exception when given as variables ({@code work(id: $id)}): the compiler
 * passes them to the database without looking at them, so a variable used only there is bound into the kept
 * statement on every request instead of being part of its key, and one statement serves every id. Such a variable
 * must be non-null (a null is an error graphql-java reports while building the normalized operation, which a kept
 * statement skips) and used nowhere else in the document.
 * <p>
 * Kept by operation identity: the document cache ({@code limits.DocumentCache}) hands out the same parsed document
 * for the same text, and a document it drops takes its operations' late-bound variables with it (a weak map). A
 * kept plan holds its operation and, when compiled, the normalized fields the answer is built from: plans are
 * bounded by the total length of their documents and statements, least recently used out first, so that documents
 * sent once each (ids written into the text) cannot fill the heap.
 */
final class Plans {

	/** A million characters of documents and Cypher: some hundreds of plans of the canonical queries' size. */
	static final int MAX_CHARACTERS = 1_000_000;

	/**
	 * The compiler's verdict on an operation: the statement and the root fields it answers, or none; {@code
	 * characters} is what it weighs against the bound, its document's length and its statement's.
	 */
	record Plan(List<ExecutableNormalizedField> roots, SelectionCompiler.@Nullable Statement statement,
			Set<String> lateBound, int characters) {

		/** The statement's parameters for this request: the kept ones, with the late-bound variables' values. */
		@Nullable Map<String, @Nullable Object> parameters(CoercedVariables variables) {
			SelectionCompiler.Statement compiled = this.statement;
			if (compiled == null) {
				return null;
			}
			if (this.lateBound.isEmpty()) {
				return compiled.parameters();
			}
			Map<String, @Nullable Object> parameters = new HashMap<>(compiled.parameters());
			for (Map.Entry<String, String> binding : compiled.variables().entrySet()) {
				if (this.lateBound.contains(binding.getValue())) {
					if (!(variables.get(binding.getValue()) instanceof String id)) {
						return null;
					}
					parameters.put(binding.getKey(), id);
				}
			}
			return parameters;
		}

	}

	record Key(OperationDefinition operation, Map<String, @Nullable Object> variables) {
	}

	/** Each operation's late-bound variables, kept as long as the operation's document is. */
	private final Map<OperationDefinition, Set<String>> lateBound = Collections.synchronizedMap(new WeakHashMap<>());

	private final WeightedLru<Key, Plan> plans;

	private final AtomicLong compilations = new AtomicLong();

	Plans(int maxCharacters) {
		this.plans = lru(maxCharacters);
	}

	/** Kept plans, least recently used out first past {@code maxCharacters} of {@link Plan#characters()}. */
	static WeightedLru<Key, Plan> lru(int maxCharacters) {
		return new WeightedLru<>(maxCharacters, (key, plan) -> plan.characters());
	}

	/** The plan of this request's operation and variables, compiled now if it is not kept. */
	Plan plan(ExecutionContext context) {
		OperationDefinition operation = context.getOperationDefinition();
		Set<String> late = this.lateBound.computeIfAbsent(operation,
				definition -> lateBound(context.getDocument(), definition));
		Map<String, @Nullable Object> shaping = new HashMap<>(context.getCoercedVariables().toMap());
		shaping.keySet().removeAll(late);
		Key key = new Key(operation, shaping);
		Plan plan = this.plans.get(key);
		if (plan == null) {
			plan = compile(context.getNormalizedQueryTree().get().getTopLevelFields(), late,
					context.getExecutionInput().getQuery().length());
			this.plans.put(key, plan);
		}
		return plan;
	}

	private Plan compile(List<ExecutableNormalizedField> roots, Set<String> late, int documentCharacters) {
		this.compilations.incrementAndGet();
		try {
			SelectionCompiler.Statement statement = SelectionCompiler.compile(roots);
			return new Plan(roots, statement, late, documentCharacters + statement.cypher().length());
		}
		catch (Unsupported ex) {
			return new Plan(List.of(), null, late, documentCharacters);
		}
	}

	/** How many times an operation was compiled, for tests. */
	long compilations() {
		return this.compilations.get();
	}

	/**
	 * The operation's variables that may be bound late: non-null, and every use of them in the document is the
	 * {@code id} of a root field of the operation that the compiler answers.
	 */
	static Set<String> lateBound(Document document, OperationDefinition operation) {
		Map<String, Integer> asRootIds = new HashMap<>();
		for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
			if (selection instanceof Field field && SelectionCompiler.compilesRoot(field.getName())) {
				for (Argument argument : field.getArguments()) {
					if (argument.getName().equals("id") && argument.getValue() instanceof VariableReference reference) {
						asRootIds.merge(reference.getName(), 1, Integer::sum);
					}
				}
			}
		}
		if (asRootIds.isEmpty()) {
			return Set.of();
		}
		Map<String, Integer> uses = new HashMap<>();
		countUses(document, uses);
		Set<String> late = new HashSet<>();
		for (VariableDefinition definition : operation.getVariableDefinitions()) {
			String name = definition.getName();
			if (definition.getType() instanceof NonNullType && asRootIds.containsKey(name)
					&& asRootIds.get(name).equals(uses.get(name))) {
				late.add(name);
			}
		}
		return Set.copyOf(late);
	}

	private static void countUses(Node<?> node, Map<String, Integer> uses) {
		if (node instanceof VariableReference reference) {
			uses.merge(reference.getName(), 1, Integer::sum);
		}
		for (Node<?> child : node.getChildren()) {
			countUses(child, uses);
		}
	}

}
