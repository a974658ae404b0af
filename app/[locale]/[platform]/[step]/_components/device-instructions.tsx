'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { DEVICE_LABELS, DEVICES, type Device } from '@/lib/content/constants';
import { useProgress, useProgressStore } from '@/lib/progress/progress-context';

type Props = {
  /** Used to give this page's radio group its own name. */
  step: string;
  panels: Record<Device, ReactNode>;
};

/**
 * A radio group picks the device; CSS shows the matching panel, so the
 * choice works before (and without) JavaScript, and every device's text is
 * in the HTML. With JavaScript the choice is remembered for every step.
 */
export function DeviceInstructions({ step, panels }: Props) {
  const { state } = useProgress();
  const store = useProgressStore();
  const selected: Device = state.device ?? 'ios';
  const t = useTranslations('devices');

  return (
    <div className="device-switch">
      <fieldset className="choice">
        <legend>{t('legend')}</legend>
        <div className="choice-options">
          {DEVICES.map((device) => (
            <label key={device} className="choice-option">
              <input
                type="radio"
                name={`device-${step}`}
                value={device}
                checked={selected === device}
                onChange={() => store.setDevice(device)}
              />
              {DEVICE_LABELS[device]}
            </label>
          ))}
        </div>
      </fieldset>
      {DEVICES.map((device) => (
        <section key={device} className="device-panel" data-device={device} aria-label={t('on', { device: DEVICE_LABELS[device] })}>
          {panels[device]}
        </section>
      ))}
    </div>
  );
}
