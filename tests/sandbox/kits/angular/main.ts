// JIT: the compiler is loaded at run time, so Angular needs no build plugin of its own here; Angular
// Material's partially compiled components are finished by the same compiler when they first load.
import '@angular/compiler';
import { Component, Injectable, LOCALE_ID, computed, inject, provideZonelessChangeDetection } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { bootstrapApplication } from '@angular/platform-browser';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, NativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import './theme.css';
import '../shared/kit.css';
import { installSubmitCounter, isoDay, publishFormState, recordSave } from '../shared/kitPage';

registerLocaleData(localeNl);
installSubmitCounter();

/** Dutch dates as ECDs write them (dd-mm-jjjj); the native adapter alone would read "03-04-2026" as 4 March. */
class NlDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(value);
      if (m) return new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
      if (value.trim() === '') return null;
    }
    return super.parse(value, parseFormat);
  }
  override format(date: Date, displayFormat: object | string): string {
    if (displayFormat === 'dd-mm-jjjj') {
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
    }
    return super.format(date, displayFormat as object);
  }
}

Injectable()(NlDateAdapter);

const NL_DATE_FORMATS = {
  parse: { dateInput: 'dd-mm-jjjj' },
  display: {
    dateInput: 'dd-mm-jjjj',
    monthYearLabel: { year: 'numeric', month: 'short' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};

const LOCATIES = ['Hiel links', 'Hiel rechts', 'Stuitje', 'Heup links', 'Heup rechts', 'Onderbeen links', 'Onderbeen rechts', 'Elleboog'];

class WondzorgComponent {
  private readonly fb = inject(FormBuilder);
  readonly form = this.fb.group({
    datum: this.fb.control<Date | null>(null),
    wondtype: this.fb.control(''),
    locatie: this.fb.control(''),
    categorie: this.fb.control(''),
    lengte: this.fb.control<number | null>(null),
    breedte: this.fb.control<number | null>(null),
    diepte: this.fb.control<number | null>(0.5),
    infectie: this.fb.control(false),
    pijn: this.fb.control(false),
    verband: this.fb.control('Schuimverband'),
    beschrijving: this.fb.control(''),
  });
  readonly wondtypes = ['Decubitus', 'Ulcus cruris', 'Diabetische voet', 'Skin tear', 'Operatiewond'];
  readonly verbanden = ['Hydrocolloïd', 'Schuimverband', 'Alginaat', 'Zilververband'];
  private readonly locatieText = toSignal(this.form.controls.locatie.valueChanges, { initialValue: '' });
  readonly locaties = computed(() => {
    const q = (this.locatieText() ?? '').toLowerCase();
    return LOCATIES.filter((l) => l.toLowerCase().includes(q));
  });

  constructor() {
    publishFormState(() => {
      const v = this.form.getRawValue();
      return { ...v, datum: isoDay(v.datum) };
    });
  }

  opslaan(): void {
    recordSave('ngSubmit');
  }
}

Component({
  selector: 'dh-wondzorg',
  imports: [
    ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatRadioModule, MatCheckboxModule,
    MatSlideToggleModule, MatDatepickerModule, MatAutocompleteModule, MatButtonModule,
  ],
  template: `
  <section class="kit-form">
    <h2>Wondzorg</h2>
    <form [formGroup]="form" (ngSubmit)="opslaan()">
      <div class="kit-grid">
        <mat-form-field>
          <mat-label>Datum wondinspectie</mat-label>
          <input matInput [matDatepicker]="picker" formControlName="datum" placeholder="dd-mm-jjjj">
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Soort wond</mat-label>
          <mat-select formControlName="wondtype">
            <mat-option value="">— geen keuze —</mat-option>
            @for (t of wondtypes; track t) { <mat-option [value]="t">{{ t }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Wondlocatie</mat-label>
          <input matInput formControlName="locatie" [matAutocomplete]="auto">
          <mat-autocomplete #auto="matAutocomplete">
            @for (l of locaties(); track l) { <mat-option [value]="l">{{ l }}</mat-option> }
          </mat-autocomplete>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Verbandmiddel</mat-label>
          <mat-select formControlName="verband">
            @for (v of verbanden; track v) { <mat-option [value]="v">{{ v }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <div class="wide">
          <span class="kit-label" id="lbl-categorie">Categorie decubitus</span>
          <mat-radio-group formControlName="categorie" aria-labelledby="lbl-categorie">
            <mat-radio-button value="1">Categorie 1</mat-radio-button>
            <mat-radio-button value="2">Categorie 2</mat-radio-button>
            <mat-radio-button value="3">Categorie 3</mat-radio-button>
            <mat-radio-button value="4">Categorie 4</mat-radio-button>
          </mat-radio-group>
        </div>
        <mat-form-field>
          <mat-label>Lengte (cm)</mat-label>
          <input matInput type="number" formControlName="lengte" min="0" step="0.1">
        </mat-form-field>
        <mat-form-field>
          <mat-label>Breedte (cm)</mat-label>
          <input matInput type="number" formControlName="breedte" min="0" step="0.1">
        </mat-form-field>
        <mat-form-field>
          <mat-label>Diepte (cm)</mat-label>
          <input matInput type="number" formControlName="diepte" min="0" step="0.1">
        </mat-form-field>
        <div>
          <mat-checkbox formControlName="infectie">Tekenen van infectie</mat-checkbox>
        </div>
        <div>
          <mat-slide-toggle formControlName="pijn">Pijn bij verbandwissel</mat-slide-toggle>
        </div>
        <mat-form-field class="wide">
          <mat-label>Wondbeschrijving</mat-label>
          <textarea matInput formControlName="beschrijving" rows="3"></textarea>
        </mat-form-field>
      </div>
      <div class="kit-actions">
        <button mat-flat-button type="submit" data-save>Opslaan</button>
      </div>
    </form>
  </section>`,
})(WondzorgComponent);

bootstrapApplication(WondzorgComponent, {
  providers: [
    provideZonelessChangeDetection(),
    { provide: LOCALE_ID, useValue: 'nl-NL' },
    { provide: MAT_DATE_LOCALE, useValue: 'nl-NL' },
    { provide: DateAdapter, useClass: NlDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: NL_DATE_FORMATS },
  ],
}).catch((error: unknown) => {
  document.body.insertAdjacentHTML('beforeend', `<pre role="alert">Angular start niet: ${String(error)}</pre>`);
});
