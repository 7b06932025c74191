// Plumbing: the radar chart (biểu đồ radar) with its radar coordinate system, registered with
// ECharts core.
import { use } from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { RadarComponent } from 'echarts/components';

use([RadarChart, RadarComponent]);
