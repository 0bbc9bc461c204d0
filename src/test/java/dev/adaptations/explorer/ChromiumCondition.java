package dev.adaptations.explorer;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the browser tests, each one reported as skipped with the reason, where Debian's Chromium and its
 * driver are not installed. A condition rather than an assumption in {@code @BeforeAll}: Surefire reports a
 * class aborted there as zero tests run, so the tests would silently vanish.
 */
class ChromiumCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return HeadlessChromium.missing()
			.map(ConditionEvaluationResult::disabled)
			.orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and chromedriver found"));
	}

}
