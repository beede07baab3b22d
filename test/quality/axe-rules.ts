/**
 * The axe rule tags every accessibility test runs: WCAG 2.0, 2.1 and 2.2, levels A and AA.
 * 2.2 brings target-size (2.5.8), which Lighthouse checks and a phone reader feels.
 */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
