// Plumbing: the line chart (biểu đồ đường) on a cartesian grid, registered with ECharts core.
import { use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';

use([LineChart, GridComponent]);
