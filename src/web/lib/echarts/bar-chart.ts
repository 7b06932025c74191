// Plumbing: the bar chart (biểu đồ cột) on a cartesian grid, registered with ECharts core.
import { use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';

use([BarChart, GridComponent]);
