"""After the rules: selection and severities, suppressions, baselines, fixes and reporters."""
