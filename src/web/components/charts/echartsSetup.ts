import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts Värn draws, with the SVG renderer (crisp text, zoomable, printable).
// Loaded on demand by EChart, so pages without charts never download it.
// The heat map colours its cells through a hidden piecewise visual map (ECharts requires one).
echarts.use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapPiecewiseComponent, SVGRenderer]);

export { echarts };
