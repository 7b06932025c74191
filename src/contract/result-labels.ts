/** Nhãn kết quả: the domain's score states and their labels, re-exported for the web (which may not import the domain). */
export { SCORE_STATES, SCORE_STATE_LABELS, type ScoreState } from '@domain/results/roll-up';
