import { Box } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';

type Chart = ReturnType<(typeof import('./echartsSetup'))['echarts']['init']>;

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /**
   * What the chart shows, for screen readers. Put the same figures in a table next to it:
   * the chart is a picture of that table, not a replacement for it.
   */
  label: string;
}

/** An ECharts chart drawn as SVG; it follows its container's width. */
export function EChart({ option, height, label }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const latestOption = useRef(option);
  latestOption.current = option;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echartsSetup').then(({ echarts }) => {
      if (disposed || !container.current) return;
      chart.current = echarts.init(container.current, null, { renderer: 'svg' });
      chart.current.setOption(latestOption.current);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(container.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <Box ref={container} role="img" aria-label={label} h={height} w="100%" />;
}
