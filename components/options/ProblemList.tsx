/** Problems found in a policy, each with the exact place in the document (`vault.itemTtlHours`, `deniedScopes[2]`). */
export function ProblemList({ problems, label }: { problems: readonly { path: string; message: string }[]; label: string }) {
  return (
    <ul class="problems" aria-label={label}>
      {problems.map((problem, index) => (
        <li key={`${index}:${problem.path}`} data-path={problem.path}>
          <code>{problem.path || '(whole policy)'}</code>: {problem.message}
        </li>
      ))}
    </ul>
  );
}
