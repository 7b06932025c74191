// Plumbing: the heatmap (bản đồ nhiệt) on a cartesian grid with its piecewise visualMap (one
// colour per status), registered with ECharts core.
import { use } from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, VisualMapPiecewiseComponent } from 'echarts/components';

use([HeatmapChart, GridComponent, VisualMapPiecewiseComponent]);
