// Plumbing for web tests: ECharts with every chart kind of the app registered at once, for
// drawing any option synchronously in Node.
import { echarts } from './core';
import './bar-chart';
import './line-chart';
import './heatmap-chart';
import './radar-chart';

export { echarts };
